package io.drift.jpa.views;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** A read-only entity over a view (order_totals); outside the sample package, which a test scans. */
@Entity
@Table(name = "order_totals")
public class OrderTotal {
    @Id
    private Long id;
    private BigDecimal total;
}
