package io.drift.core.check;

/**
 * Labels a runner uses to choose checks.
 *
 * @since 0.1.0
 */
public enum CheckTag {
    /** Reads a lot (table statistics, every row of a catalog); quick profiles skip it. */
    EXPENSIVE,
    /** Compares the schema with an expected one. */
    DRIFT,
    /** Looks at the database's health rather than its schema. */
    HEALTH
}
