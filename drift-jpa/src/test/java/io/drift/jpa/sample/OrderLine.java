package io.drift.jpa.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** Two foreign keys, a primitive attribute. */
@Entity
@Table(name = "order_lines")
public class OrderLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private PurchaseOrder order;
    @ManyToOne(optional = false)
    private Product product;
    private int quantity;
    @Column(precision = 10, scale = 2, nullable = false)
    private BigDecimal unitPrice;
}
