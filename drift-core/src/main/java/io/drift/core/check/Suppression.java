package io.drift.core.check;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;
import io.drift.core.model.ObjectGlob;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Accepts findings a team knows about: by code, optionally only for some objects, always with a reason, and
 * optionally until a date. A suppressed finding still appears in the report, marked so, but no longer counts towards
 * its check's status. An expired suppression suppresses nothing and is itself reported
 * ({@code DRIFT-SUPPRESSION-EXPIRED}), so that nobody's "for now" lasts for ever.
 *
 * <pre>{@code
 * Suppression legacy = Suppression.of("PG-TABLE-WITHOUT-PK", "Legacy import tables, dropped in Q3")
 *         .forObjects(ObjectGlob.of("public.import_*"))
 *         .until(LocalDate.of(2027, 9, 30));
 * }</pre>
 *
 * @param code    the finding code it suppresses, exactly ({@code PG-FK-WITHOUT-INDEX})
 * @param objects the objects it covers; {@linkplain ObjectGlob#isEmpty() empty} for every object and for findings
 *                about no object
 * @param reason  why, for the next person to read the configuration
 * @param expires the last day it applies, or {@code null} for no end
 * @since 0.1.0
 */
public record Suppression(String code, ObjectGlob objects, String reason, LocalDate expires) {

    /**
     * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT} for a blank code or reason
     */
    public Suppression {
        requireNonNull(code, "code");
        requireNonNull(objects, "objects");
        requireNonNull(reason, "reason");
        if (code.isBlank()) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT,
                    "A suppression needs the finding code it suppresses (PG-FK-WITHOUT-INDEX).");
        }
        if (reason.isBlank()) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "The suppression of " + code
                    + " needs a reason: say why the finding is accepted, for the next person to read it.");
        }
    }

    /**
     * @param code   the finding code
     * @param reason why
     * @return a suppression of every finding with that code, without an end date
     */
    public static Suppression of(String code, String reason) {
        return new Suppression(code, ObjectGlob.of(), reason, null);
    }

    /** @return a copy that covers only findings about objects these globs match */
    public Suppression forObjects(ObjectGlob value) {
        return new Suppression(code, value, reason, expires);
    }

    /** @return a copy that applies up to and including {@code lastDay} */
    public Suppression until(LocalDate lastDay) {
        return new Suppression(code, objects, reason, lastDay);
    }

    /** @return the last day it applies, if it has one */
    public Optional<LocalDate> findExpires() {
        return Optional.ofNullable(expires);
    }

    /**
     * @param today the date to judge by
     * @return whether its last day has passed
     */
    public boolean isExpired(LocalDate today) {
        return expires != null && today.isAfter(expires);
    }

    /**
     * @param finding a finding
     * @return whether this covers it (whatever the date)
     */
    public boolean covers(Finding finding) {
        if (!code.equals(finding.code())) {
            return false;
        }
        if (objects.isEmpty()) {
            return true;
        }
        return finding.object() != null && objects.matches(finding.object());
    }

    /** @return {@code CODE for globs until date}, for reports */
    @Override
    public String toString() {
        return code + (objects.isEmpty() ? "" : " for " + objects) + (expires == null ? "" : " until " + expires)
                + ": " + reason;
    }
}
