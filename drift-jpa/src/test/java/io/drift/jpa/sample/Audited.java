package io.drift.jpa.sample;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/** Timestamps every audited entity has: a mapped superclass. */
@MappedSuperclass
public abstract class Audited {
    @Column(nullable = false)
    protected Instant createdAt;
    protected Instant updatedAt;
}
