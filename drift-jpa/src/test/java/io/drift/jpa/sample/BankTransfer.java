package io.drift.jpa.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Another JOINED subclass. */
@Entity
@Table(name = "bank_transfers")
public class BankTransfer extends Payment {
    @Column(nullable = false, length = 34)
    private String iban;
}
