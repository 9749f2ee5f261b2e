package io.drift.core.diff;

/**
 * On/off switches of a diff, each with its default.
 *
 * @since 0.1.0
 */
public enum DiffOption {
    /**
     * Compare columns by name only, not by position (on by default): reordering columns needs a table rewrite, and
     * {@code ALTER TABLE … ADD COLUMN} on an old database gives a different order than {@code CREATE TABLE} on a new
     * one, while applications address columns by name.
     */
    IGNORE_COLUMN_ORDER(true),
    /**
     * Do not compare owners (on by default): the role that ran the migrations usually differs between environments.
     */
    IGNORE_OWNERS(true),
    /** Do not compare comments (off by default). */
    IGNORE_COMMENTS(false),
    /**
     * Do not compare grants (off by default): neither the {@code grants} of a kind that has them, nor privileges held
     * as vendor attributes ({@code pg.grant.<grantee>}, {@code pg.revoked.<grantee>}: a column's, a type's, a
     * server's), nor vendor objects made of nothing but privileges (PostgreSQL's default privileges).
     */
    IGNORE_GRANTS(false),
    /**
     * Do not compare extension versions (on by default): {@code CREATE EXTENSION} installs the default version the
     * server ships, which changes between major versions for the very same DDL (pg_trgm is 1.4 on PostgreSQL 12 and
     * 1.6 on 14; hstore 1.6, 1.7, 1.8), so production on one major and a shadow database on another would always
     * differ. A missing or unexpected extension, or one in another schema, is still reported. Disable it where the
     * version matters, for instance when migrations pin {@code CREATE EXTENSION … VERSION} or run
     * {@code ALTER EXTENSION … UPDATE}, and both databases run the same major.
     *
     * @since 0.1.0
     */
    IGNORE_EXTENSION_VERSIONS(true);

    private final boolean enabledByDefault;

    DiffOption(boolean enabledByDefault) {
        this.enabledByDefault = enabledByDefault;
    }

    /** @return whether the option is on unless switched off */
    public boolean enabledByDefault() {
        return enabledByDefault;
    }
}
