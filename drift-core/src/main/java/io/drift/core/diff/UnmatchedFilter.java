package io.drift.core.diff;

import static java.util.Objects.requireNonNull;

/**
 * A filter of the {@link DiffOptions} that matched nothing on either side of a diff: no schema name for a schema glob,
 * no object (nor any of its columns, constraints, indexes, triggers, policies, fields) for an object glob, no vendor
 * object of an ignored vendor kind. Such a filter changes nothing in the result, which is rarely what was meant: an
 * include glob with a typo ({@code pubic.*}) turns a diff with differences into an empty one. {@link SchemaDiff}
 * lists them, for the caller to warn or refuse; the diff itself stays pure and says nothing.
 *
 * <pre>{@code
 * SchemaDiff diff = Differ.standard().diff(expected, actual, diffOptions);
 * for (UnmatchedFilter unused : diff.unmatchedFilters()) {
 *     log.warn("{} matches nothing", unused);          // "includeObjects 'pubic.*' matches nothing"
 * }
 * }</pre>
 *
 * @param filter which option the value belongs to
 * @param value  the glob or vendor kind, as given
 * @since 0.1.0
 */
public record UnmatchedFilter(Filter filter, String value) {

    /** The options of {@link DiffOptions} whose values can match nothing. */
    public enum Filter {
        /** {@link DiffOptions#includeSchemas()}. */
        INCLUDE_SCHEMAS("includeSchemas"),
        /** {@link DiffOptions#excludeSchemas()}. */
        EXCLUDE_SCHEMAS("excludeSchemas"),
        /** {@link DiffOptions#includeObjects()}. */
        INCLUDE_OBJECTS("includeObjects"),
        /** {@link DiffOptions#excludeObjects()}. */
        EXCLUDE_OBJECTS("excludeObjects"),
        /** {@link DiffOptions#ignoredVendorKinds()}. */
        IGNORED_VENDOR_KINDS("ignoredVendorKinds");

        private final String optionName;

        Filter(String optionName) {
            this.optionName = optionName;
        }

        /** @return the name of the {@link DiffOptions} accessor that holds such values ({@code includeObjects}) */
        public String optionName() {
            return optionName;
        }

        /** @return whether the filter narrows what is compared (an include), so that matching nothing hides drift */
        public boolean narrows() {
            return this == INCLUDE_SCHEMAS || this == INCLUDE_OBJECTS;
        }
    }

    public UnmatchedFilter {
        requireNonNull(filter, "filter");
        requireNonNull(value, "value");
    }

    /** @return {@code includeObjects 'pubic.*' matches nothing} */
    @Override
    public String toString() {
        return filter.optionName() + " '" + value + "' matches nothing";
    }
}
