package io.drift.jpa.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.UUID;

/** A composite key. */
@Embeddable
public class StockKey implements Serializable {
    private static final long serialVersionUID = 1L;
    @Column(name = "product_id")
    private Long productId;
    @Column(name = "warehouse_id")
    private UUID warehouseId;

    @Override
    public boolean equals(Object o) {
        return o instanceof StockKey k && java.util.Objects.equals(k.productId, productId)
                && java.util.Objects.equals(k.warehouseId, warehouseId);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(productId, warehouseId);
    }
}
