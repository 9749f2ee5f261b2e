package io.drift.jpa.broken;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A mapping Hibernate refuses: an association to a class that is not an entity. */
@Entity
public class Broken {
    @Id
    private Long id;
    @ManyToOne
    private StringBuilder target;
}
