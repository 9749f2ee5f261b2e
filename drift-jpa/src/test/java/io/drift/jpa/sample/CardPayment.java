package io.drift.jpa.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A JOINED subclass. */
@Entity
@Table(name = "card_payments")
public class CardPayment extends Payment {
    @Column(nullable = false, length = 4)
    private String cardLast4;
    @Column(length = 20)
    private String network;
}
