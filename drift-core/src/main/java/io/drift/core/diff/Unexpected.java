package io.drift.core.diff;

import static java.util.Objects.requireNonNull;

import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;

/**
 * An object that is present but not expected.
 *
 * @param kind     the kind of the object
 * @param path     its path
 * @param severity how much it matters
 * @since 0.1.0
 */
public record Unexpected(ObjectKind kind, ObjectPath path, Severity severity) implements Difference {

    public Unexpected {
        requireNonNull(kind, "kind");
        requireNonNull(path, "path");
        requireNonNull(severity, "severity");
    }

    @Override
    public DifferenceType type() {
        return DifferenceType.UNEXPECTED;
    }

    @Override
    public String toString() {
        return severity + ": unexpected " + kind.displayName() + " " + path;
    }
}
