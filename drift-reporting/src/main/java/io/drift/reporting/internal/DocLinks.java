package io.drift.reporting.internal;

import java.util.Locale;

/**
 * Where Drift's documentation is published, for links from reports (a SARIF rule's {@code helpUri}, a finding code in
 * a Markdown comment). One place, so that a move changes one line.
 */
final class DocLinks {

    /** The {@code docs/} folder of the project's repository, as a browser shows it. */
    static final String DOCS = "https://github.com/drift-db/drift/blob/main/docs/";

    private DocLinks() {
    }

    /** @return the catalogue entry of a finding code: {@code docs/checks.md#pg-fk-without-index} */
    static String code(String code) {
        return DOCS + "checks.md#" + anchor(code);
    }

    /** @return a section of the report formats' documentation */
    static String reportFormats(String heading) {
        return DOCS + "report-formats.md#" + anchor(heading);
    }

    /**
     * The anchor a Markdown heading gets on the code host: lower case, blanks as hyphens, every character other than
     * a letter, a digit, a hyphen or an underscore dropped ({@code `PG-FK-WITHOUT-INDEX`} gives
     * {@code pg-fk-without-index}).
     */
    static String anchor(String heading) {
        StringBuilder out = new StringBuilder(heading.length());
        for (char c : heading.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == ' ') {
                out.append('-');
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
