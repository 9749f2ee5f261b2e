package io.drift.jpa.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.math.BigDecimal;
import java.util.Set;

/** A named sequence, a declared index, a composite unique constraint and a many-to-many join table. */
@Entity
@Table(name = "products",
        indexes = @Index(name = "idx_products_name", columnList = "name"),
        uniqueConstraints = @UniqueConstraint(name = "uk_products_vendor_code", columnNames = {"vendor", "vendor_code"}))
public class Product extends Audited {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_ids")
    @SequenceGenerator(name = "product_ids", sequenceName = "product_seq", allocationSize = 20)
    private Long id;
    @Column(nullable = false, unique = true, length = 32)
    private String sku;
    @Column(nullable = false)
    private String name;
    @Column(precision = 10, scale = 2, nullable = false)
    private BigDecimal price;
    @Column(length = 60)
    private String vendor;
    @Column(length = 40)
    private String vendorCode;
    @ManyToMany
    @JoinTable(name = "product_categories",
            joinColumns = @JoinColumn(name = "product_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    private Set<Category> categories;
}
