package io.drift.core.diff;

import static java.util.Objects.requireNonNull;

import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;

import java.util.List;

/**
 * An object present on both sides with one property that differs. An object with three changed properties gives
 * three {@code Changed}.
 *
 * <p><b>Values.</b> {@link #expected()} and {@link #actual()} are the values as text, for reports. A property whose
 * value is a list (an enum's {@code labels}, a key's {@code columns}, an index's {@code keys}, a trigger's
 * {@code events}, a policy's {@code roles}, a table's {@code parents}…) also carries its elements, exactly and in
 * order, in {@link #expectedElements()} and {@link #actualElements()}; its text then lists them separated by
 * {@code ", "}, each element that is empty, has blanks at its ends, or holds a comma, a single quote or a control
 * character written in single quotes with its quotes doubled, as in SQL: the labels {@code ('a, b')} read
 * {@code 'a, b'}, the labels {@code ('a', 'b')} read {@code a, b}. So the text alone tells the two apart, and a
 * program need not parse it.
 *
 * @param kind             the kind of the object
 * @param path             its path
 * @param property         the property, as named in {@link DiffOptions#ignoring(String...)} and in reports:
 *                         {@code type}, {@code nullable}, {@code default}, {@code attributes.pg.fillfactor}…
 * @param expected         the expected value rendered as text, or {@code null} for none
 * @param actual           the actual value rendered as text, or {@code null} for none
 * @param severity         how much it matters
 * @param expectedElements the elements of the expected value when the property holds a list, exactly and in order;
 *                         {@code null} when it does not (or that side has no value)
 * @param actualElements   the elements of the actual value when the property holds a list; {@code null} when it
 *                         does not (or that side has no value)
 * @since 0.1.0
 */
public record Changed(ObjectKind kind, ObjectPath path, String property, String expected, String actual,
                      Severity severity, List<String> expectedElements, List<String> actualElements)
        implements Difference {

    public Changed {
        requireNonNull(kind, "kind");
        requireNonNull(path, "path");
        requireNonNull(property, "property");
        requireNonNull(severity, "severity");
        expectedElements = expectedElements == null ? null : List.copyOf(expectedElements);
        actualElements = actualElements == null ? null : List.copyOf(actualElements);
    }

    /**
     * A change of a property that does not hold a list (or whose elements are not known): no elements.
     *
     * @param kind     the kind of the object
     * @param path     its path
     * @param property the property
     * @param expected the expected value as text, or {@code null} for none
     * @param actual   the actual value as text, or {@code null} for none
     * @param severity how much it matters
     * @since 0.1.0
     */
    public Changed(ObjectKind kind, ObjectPath path, String property, String expected, String actual,
                   Severity severity) {
        this(kind, path, property, expected, actual, severity, null, null);
    }

    /**
     * A change of a property that holds a list, with the text of each side made from its elements as the class
     * describes.
     *
     * @param kind     the kind of the object
     * @param path     its path
     * @param property the property
     * @param expected the expected elements, or {@code null} for none
     * @param actual   the actual elements, or {@code null} for none
     * @param severity how much it matters
     * @return the difference
     * @since 0.1.0
     */
    public static Changed ofLists(ObjectKind kind, ObjectPath path, String property, List<String> expected,
                                  List<String> actual, Severity severity) {
        return new Changed(kind, path, property, Render.list(expected), Render.list(actual), severity, expected,
                actual);
    }

    /**
     * @return whether the property holds a list, whose elements are in {@link #expectedElements()} and
     *         {@link #actualElements()}
     * @since 0.1.0
     */
    public boolean isList() {
        return expectedElements != null || actualElements != null;
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
