package io.drift.jpa.hostile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** Names PostgreSQL keeps only when quoted: mixed case, spaces, quotes, unicode, a reserved word, a long name. */
@Entity
@Table(schema = "\"Billing Dept\"", name = "\"Ledger \"\"Entries\"\"\"",
        indexes = @Index(name = "\"Ledger By Käse\"", columnList = "\"Käse Name\""))
public class Ledger {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "\"ID\"")
    private Long id;
    @Column(name = "\"Käse Name\"", nullable = false, length = 40)
    private String cheese;
    @Column(name = "\"user\"")
    private String user;
    @Column(name = "a_column_name_that_is_far_longer_than_the_sixty_three_bytes_postgres_keeps")
    private Integer longName;
}
