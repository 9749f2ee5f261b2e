package io.drift.jpa.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Hibernate's default sequence, a required association, an enum, a primitive version. */
@Entity
@Table(name = "orders")
public class PurchaseOrder {
    /** Status of an order. */
    public enum Status { NEW, PAID, SHIPPED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    @ManyToOne(optional = false)
    private Customer customer;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;
    @Column(nullable = false)
    private Instant placedAt;
    @Column(precision = 12, scale = 2)
    private BigDecimal total;
    @Version
    private long version;
    @OneToMany(mappedBy = "order")
    private List<OrderLine> lines;
}
