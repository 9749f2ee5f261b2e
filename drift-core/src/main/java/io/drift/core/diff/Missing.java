package io.drift.core.diff;

import static java.util.Objects.requireNonNull;

import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;

/**
 * An object that is expected but absent.
 *
 * @param kind     the kind of the object
 * @param path     its path
 * @param severity how much it matters
 * @since 0.1.0
 */
public record Missing(ObjectKind kind, ObjectPath path, Severity severity) implements Difference {

    public Missing {
        requireNonNull(kind, "kind");
        requireNonNull(path, "path");
        requireNonNull(severity, "severity");
    }

    @Override
    public DifferenceType type() {
        return DifferenceType.MISSING;
    }

    @Override
    public String toString() {
        return severity + ": missing " + kind.displayName() + " " + path;
    }
}
