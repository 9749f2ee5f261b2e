package io.drift.core.model;

import io.drift.core.DriftException;
import io.drift.core.internal.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every kind of object the model knows. Switch on this rather than on the record types (pattern matching in
 * {@code switch} is not final in Java 17).
 *
 * @since 0.1.0
 */
public enum ObjectKind {
    SCHEMA,
    EXTENSION,
    TABLE,
    COLUMN,
    PRIMARY_KEY,
    UNIQUE_CONSTRAINT,
    FOREIGN_KEY,
    CHECK_CONSTRAINT,
    EXCLUSION_CONSTRAINT,
    INDEX,
    TRIGGER,
    POLICY,
    VIEW,
    MATERIALIZED_VIEW,
    SEQUENCE,
    ENUM,
    DOMAIN,
    COMPOSITE_TYPE,
    FUNCTION,
    PROCEDURE,
    /** A {@link VendorObject}: something a snapshot provider captures that the model has no record for. */
    VENDOR;

    /** @return the lower-case words for this kind, as a report shows it: {@code "foreign key"} */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * @return the plural of {@link #displayName()}, for counts: {@code "indexes"}, {@code "policies"},
     *         {@code "vendor objects"}
     * @since 0.1.0
     */
    public String pluralDisplayName() {
        switch (this) {
            case INDEX:
                return "indexes";
            case POLICY:
                return "policies";
            case VENDOR:
                return "vendor objects";
            default:
                return displayName() + "s";
        }
    }

    /** @return the kebab-case identifier used in options and file formats: {@code "foreign-key"} */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses an identifier as written by a person: case and the separators {@code -}, {@code _} and space do not
     * matter ({@code "foreign-key"}, {@code "FOREIGN_KEY"}, {@code "foreign key"}).
     *
     * @param text the identifier
     * @return the kind
     * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT}, naming the closest kind and the
     *                        accepted values, when {@code text} is not a kind
     */
    public static ObjectKind fromId(String text) {
        String normalized = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (ObjectKind kind : values()) {
            if (kind.name().equals(normalized)) {
                return kind;
            }
        }
        List<String> known = new ArrayList<>();
        for (ObjectKind kind : values()) {
            known.add(kind.id());
        }
        throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "Unknown object kind '" + text + "'."
                + Names.didYouMean(text.trim(), known) + " The kinds are: " + String.join(", ", known) + ".");
    }

    /** @return whether objects of this kind live inside a table (a {@link Member}) */
    public boolean isMember() {
        switch (this) {
            case COLUMN:
            case PRIMARY_KEY:
            case UNIQUE_CONSTRAINT:
            case FOREIGN_KEY:
            case CHECK_CONSTRAINT:
            case EXCLUSION_CONSTRAINT:
            case INDEX:
            case TRIGGER:
            case POLICY:
                return true;
            default:
                return false;
        }
    }
}
