package io.drift.jpa.sample;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Set;

/** Identity key, a unique column, an embeddable and an element collection. */
@Entity
@Table(name = "customers")
public class Customer extends Audited {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true)
    private String email;
    @Column(nullable = false, length = 100)
    private String name;
    @Embedded
    private Address address;
    @ElementCollection
    @CollectionTable(name = "customer_tags")
    @Column(name = "tag", length = 50)
    private Set<String> tags;
}
