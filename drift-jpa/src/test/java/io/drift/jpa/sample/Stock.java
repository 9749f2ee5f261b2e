package io.drift.jpa.sample;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

/** An embedded id whose parts are foreign keys. */
@Entity
@Table(name = "stock")
public class Stock {
    @EmbeddedId
    private StockKey id;
    @ManyToOne
    @MapsId("productId")
    private Product product;
    @ManyToOne
    @MapsId("warehouseId")
    private Warehouse warehouse;
    private int quantity;
}
