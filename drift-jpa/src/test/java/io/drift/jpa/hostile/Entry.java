package io.drift.jpa.hostile;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An unqualified table whose foreign key reaches into the quoted schema. */
@Entity
@Table(name = "MixedCase")
public class Entry {
    @Id
    private Long id;
    @ManyToOne
    @JoinColumn(name = "\"Ledger Ref\"")
    private Ledger ledger;
}
