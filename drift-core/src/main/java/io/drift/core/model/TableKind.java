package io.drift.core.model;

/**
 * What sort of table a {@link Table} is.
 *
 * @since 0.1.0
 */
public enum TableKind {
    /** An ordinary heap table. */
    REGULAR,
    /** A partitioned table: holds no rows itself, routes them to its partitions. */
    PARTITIONED,
    /** A foreign table, whose rows live on another server. */
    FOREIGN;
}
