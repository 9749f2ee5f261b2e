package io.drift.jpa.sample;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** Another SINGLE_TABLE subclass. */
@Entity
@DiscriminatorValue("CREDIT")
public class CreditNote extends Document {
    private String reason;
}
