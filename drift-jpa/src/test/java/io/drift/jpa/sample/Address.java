package io.drift.jpa.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An embeddable: its columns live in the owner's table. */
@Embeddable
public class Address {
    @Column(length = 200)
    private String street;
    @Column(length = 100)
    private String city;
    @Column(length = 20)
    private String postalCode;
}
