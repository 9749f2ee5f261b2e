package io.drift.postgres;

/**
 * The {@code pg.} attribute keys the PostgreSQL capture sets on model objects, for details the model does not name.
 * An attribute is only present when it says something: a value that differs from PostgreSQL's default, or a choice
 * made in the DDL. None of them varies between two databases built from the same DDL.
 *
 * <p>Besides these, every storage parameter of a table, materialized view or index ({@code WITH (fillfactor = 70)})
 * is an attribute named after the parameter: {@code pg.fillfactor}, {@code pg.autovacuum_enabled},
 * {@code pg.toast.autovacuum_enabled} (the TOAST table's), {@code pg.pages_per_range}…; so is every option of a
 * column ({@code ALTER COLUMN … SET (n_distinct = 100)}: {@code pg.n_distinct}). The index behind a primary key,
 * unique or exclusion constraint is represented by the constraint, which carries that index's storage parameters,
 * {@link #TABLESPACE}, {@link #CLUSTERED} and {@link #REPLICA_IDENTITY_INDEX}.
 *
 * @since 0.1.0
 */
public final class PgAttributes {

    /** Table, index, constraint with an index: the tablespace, when not the database's default. */
    public static final String TABLESPACE = "pg.tablespace";
    /** Table: the table access method, when not {@code heap}. */
    public static final String ACCESS_METHOD = "pg.access_method";
    /** Table: {@code REPLICA IDENTITY} when not the default: {@code full}, {@code nothing} or {@code index}. */
    public static final String REPLICA_IDENTITY = "pg.replica_identity";
    /** Table: the composite type of a typed table ({@code CREATE TABLE … OF type}). */
    public static final String OF_TYPE = "pg.of_type";
    /** Foreign table: its foreign server. */
    public static final String FOREIGN_SERVER = "pg.foreign_server";
    /**
     * Foreign table: its options, {@code name=value} sorted and joined by {@code ", "}; the value of an option whose
     * name says it holds a credential ({@code password}, {@code token}, {@code secret}, {@code key}…) reads
     * {@code (redacted)}.
     */
    public static final String FOREIGN_OPTIONS = "pg.foreign_options";
    /** Column: {@code stored} or, from PostgreSQL 18, {@code virtual}, for a generated column. */
    public static final String GENERATED = "pg.generated";
    /** Column: {@code SET STORAGE} when not the type's default: {@code plain}, {@code external}, {@code main}… */
    public static final String STORAGE = "pg.storage";
    /** Column: {@code COMPRESSION} when set (PostgreSQL 14+): {@code pglz} or {@code lz4}. */
    public static final String COMPRESSION = "pg.compression";
    /** Column: {@code SET STATISTICS} when set. */
    public static final String STATISTICS = "pg.statistics";
    /** Foreign table column: its options, as {@link #FOREIGN_OPTIONS}. */
    public static final String FDW_OPTIONS = "pg.fdw_options";
    /** Constraint: {@code true} when a partition or child table has it from its parent. */
    public static final String INHERITED = "pg.inherited";
    /** Constraint: {@code false} for {@code NOT ENFORCED} (PostgreSQL 18). */
    public static final String ENFORCED = "pg.enforced";
    /** Primary key, unique: {@code true} for {@code WITHOUT OVERLAPS} (PostgreSQL 18). */
    public static final String WITHOUT_OVERLAPS = "pg.without_overlaps";
    /** Foreign key: the columns of {@code ON DELETE SET NULL (…)} / {@code SET DEFAULT (…)} (PostgreSQL 15). */
    public static final String ON_DELETE_SET_COLUMNS = "pg.on_delete_set_columns";
    /** Index, constraint with an index: {@code true} when the table is clustered on it. */
    public static final String CLUSTERED = "pg.clustered";
    /** Index, constraint with an index: {@code true} when it is the table's replica identity. */
    public static final String REPLICA_IDENTITY_INDEX = "pg.replica_identity";
    /**
     * Column: the start of {@code pg.grant.<grantee>}, the column privileges of a grantee ({@code GRANT UPDATE (name)}),
     * sorted and joined by {@code ", "}, each followed by {@code WITH GRANT OPTION} where it has one.
     */
    public static final String GRANT_PREFIX = "pg.grant.";
    /** Sequence: {@code true} when unlogged. */
    public static final String UNLOGGED = "pg.unlogged";

    private PgAttributes() {
    }
}
