package io.drift.jpa.sample;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A SINGLE_TABLE subclass: its columns are nullable in the shared table. */
@Entity
@DiscriminatorValue("INVOICE")
public class Invoice extends Document {
    @Column(length = 30)
    private String invoiceNumber;
}
