package io.drift.core.diff;

import static java.util.Objects.requireNonNull;

import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;

/**
 * An object present on both sides with one property that differs. An object with three changed properties gives
 * three {@code Changed}.
 *
 * @param kind     the kind of the object
 * @param path     its path
 * @param property the property, as named in {@link DiffOptions#ignoring(String...)} and in reports: {@code type},
 *                 {@code nullable}, {@code default}, {@code attributes.pg.fillfactor}…
 * @param expected the expected value rendered as text, or {@code null} for none
 * @param actual   the actual value rendered as text, or {@code null} for none
 * @param severity how much it matters
 * @since 0.1.0
 */
public record Changed(ObjectKind kind, ObjectPath path, String property, String expected, String actual,
                      Severity severity) implements Difference {

    public Changed {
        requireNonNull(kind, "kind");
        requireNonNull(path, "path");
        requireNonNull(property, "property");
        requireNonNull(severity, "severity");
    }

    @Override
    public DifferenceType type() {
        return DifferenceType.CHANGED;
    }

    @Override
    public String toString() {
        return severity + ": changed " + kind.displayName() + " " + path + " " + property + ": expected "
                + expected + ", actual " + actual;
    }
}
