package io.drift.core.check;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;
import io.drift.core.diff.Severity;

import java.util.regex.Pattern;

/**
 * A stable finding code, as a check declares it in {@link Check#codes()}: {@code DRIFT-TABLE-MISSING},
 * {@code PG-FK-WITHOUT-INDEX}, {@code FLYWAY-PENDING}. Reports, suppressions and code-scanning dashboards key on the
 * code, so a code is never renamed and never reused for another meaning; the catalogue ({@code docs/checks.md}) says
 * for each what it means, why it matters and how to fix it.
 *
 * @param code            upper case, hyphen-separated, starting with a namespace: {@code PG-INVALID-INDEX}
 * @param defaultSeverity the severity its findings have unless options say otherwise
 * @param title           a short phrase naming the problem, as a rule's name in SARIF: {@code Foreign key without an
 *                        index}
 * @param help            one or two sentences for a person: why it matters and how to fix it
 * @since 0.1.0
 */
public record FindingCode(String code, Severity defaultSeverity, String title, String help) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

    /**
     * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT} for a code not in that form
     */
    public FindingCode {
        requireNonNull(code, "code");
        requireNonNull(defaultSeverity, "defaultSeverity");
        requireNonNull(title, "title");
        requireNonNull(help, "help");
        if (!CODE.matcher(code).matches()) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "A finding code is upper case and"
                    + " hyphen-separated, with a namespace first (PG-INVALID-INDEX), not '" + code + "'. Rename it.");
        }
    }

    /** @return the namespace: {@code PG} for {@code PG-INVALID-INDEX} */
    public String namespace() {
        return code.substring(0, code.indexOf('-'));
    }

    @Override
    public String toString() {
        return code;
    }
}
