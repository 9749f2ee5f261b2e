package io.drift.core.diff;

import io.drift.core.model.Column;

import java.util.Optional;

/**
 * Decides how much a difference in one property of a column matters, from the two columns, for a source that knows
 * more than a comparison of spellings: the entities of an application accept a wider column than the one they declare,
 * and refuse a narrower one. A {@link Declared} registers a rule for a property ({@code type}, {@code nullable}); the
 * differ then asks the rule instead of comparing the two values and asking the {@link SeverityPolicy}.
 *
 * <pre>{@code
 * ColumnRule wider = (expected, actual) -> expected.type().equals(actual.type()) ? Optional.empty()
 *         : actual.type().equals("text") ? Optional.of(Severity.WARNING) : Optional.of(Severity.ERROR);
 * }</pre>
 *
 * <p>An implementation must be pure and deterministic, like the differ that calls it.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ColumnRule {

    /**
     * Called only when the property's values differ.
     *
     * @param expected the column the source declares
     * @param actual   the column the database has, of the same name
     * @return empty when the actual column serves as the expected one (no difference is reported), otherwise the
     *         severity of the difference
     */
    Optional<Severity> compare(Column expected, Column actual);
}
