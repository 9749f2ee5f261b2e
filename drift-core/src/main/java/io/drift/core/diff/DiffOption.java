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
    /** Do not compare grants (off by default). */
    IGNORE_GRANTS(false);

    private final boolean enabledByDefault;

    DiffOption(boolean enabledByDefault) {
        this.enabledByDefault = enabledByDefault;
    }

    /** @return whether the option is on unless switched off */
    public boolean enabledByDefault() {
        return enabledByDefault;
    }
}
