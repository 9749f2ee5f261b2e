package io.drift.jpa.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.JoinColumn;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A UUID key, a primitive boolean, an ordered element collection. */
@Entity
@Table(name = "warehouses")
public class Warehouse {
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;
    @Column(nullable = false, length = 100)
    private String name;
    private LocalDate openedOn;
    private boolean active;
    @ElementCollection
    @CollectionTable(name = "warehouse_docks", joinColumns = @JoinColumn(name = "warehouse_id"))
    @OrderColumn(name = "position")
    @Column(name = "dock", length = 10)
    private List<String> docks;
}
