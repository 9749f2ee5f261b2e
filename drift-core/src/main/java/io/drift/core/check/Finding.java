package io.drift.core.check;

import static java.util.Objects.requireNonNull;

import io.drift.core.diff.Difference;
import io.drift.core.diff.Severity;
import io.drift.core.model.ObjectPath;

import java.util.Optional;

/**
 * One thing a check found: a stable code, a severity, the object it is about, a message a person reads and, where one
 * exists, the fix.
 *
 * <pre>{@code
 * FindingCode tableMissing = new FindingCode("ACME-TABLE-MISSING", Severity.ERROR, "A table is missing",
 *         "The application reads every table its migrations create. Apply the missing migration.");
 * Finding finding = Finding.of(tableMissing, ObjectPath.of("public", "security_detections"),
 *                 "table public.security_detections is missing")
 *         .withFix(Fix.action("Apply the migration that creates it."));
 * }</pre>
 *
 * @param code        its stable code ({@code DRIFT-TABLE-MISSING}); see {@link FindingCode}
 * @param severity    how much it matters
 * @param object      the object it is about, or {@code null} when it is about the database as a whole
 * @param property    the property of {@code object} it is about ({@code type}, {@code default}), or {@code null}
 * @param message     what is wrong, in one sentence for a person, naming the object
 * @param fix         how to fix it, or {@code null} when there is no one fix
 * @param difference  the schema difference it was made from, or {@code null}
 * @param suppression the suppression that matched it, or {@code null}; a suppressed finding is still reported, marked
 *                    so, but does not count towards its check's status
 * @since 0.1.0
 */
public record Finding(String code, Severity severity, ObjectPath object, String property, String message, Fix fix,
                      Difference difference, Suppression suppression) {

    public Finding {
        requireNonNull(code, "code");
        requireNonNull(severity, "severity");
        requireNonNull(message, "message");
    }

    /**
     * @param code    the code, whose default severity the finding takes
     * @param object  the object it is about, or {@code null}
     * @param message what is wrong, for a person
     * @return the finding
     */
    public static Finding of(FindingCode code, ObjectPath object, String message) {
        return new Finding(code.code(), code.defaultSeverity(), object, null, message, null, null, null);
    }

    /**
     * @param code     the code
     * @param severity how much it matters
     * @param object   the object it is about, or {@code null}
     * @param message  what is wrong, for a person
     * @return the finding
     */
    public static Finding of(FindingCode code, Severity severity, ObjectPath object, String message) {
        return new Finding(code.code(), severity, object, null, message, null, null, null);
    }

    /** @return the object it is about, if any */
    public Optional<ObjectPath> findObject() {
        return Optional.ofNullable(object);
    }

    /** @return the fix, if there is one */
    public Optional<Fix> findFix() {
        return Optional.ofNullable(fix);
    }

    /** @return whether a suppression matched it */
    public boolean isSuppressed() {
        return suppression != null;
    }

    /** @return a copy with that severity */
    public Finding withSeverity(Severity value) {
        return new Finding(code, value, object, property, message, fix, difference, suppression);
    }

    /** @return a copy about that property of the object */
    public Finding withProperty(String value) {
        return new Finding(code, severity, object, value, message, fix, difference, suppression);
    }

    /** @return a copy with that fix */
    public Finding withFix(Fix value) {
        return new Finding(code, severity, object, property, message, value, difference, suppression);
    }

    /** @return a copy that says which difference it was made from */
    public Finding withDifference(Difference value) {
        return new Finding(code, severity, object, property, message, fix, value, suppression);
    }

    /** @return a copy marked as suppressed by {@code value} */
    public Finding suppressedBy(Suppression value) {
        return new Finding(code, severity, object, property, message, fix, difference,
                requireNonNull(value, "suppression"));
    }
}
