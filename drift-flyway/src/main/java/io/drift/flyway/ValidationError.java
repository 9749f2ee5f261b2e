package io.drift.flyway;

import static java.util.Objects.requireNonNull;

/**
 * One migration that Flyway's {@code validate()} rejects, as it reports it.
 *
 * @param version     its version, or {@code null} for a repeatable migration or none
 * @param description its description, or empty
 * @param script      its script or class, or empty
 * @param code        Flyway's error code ({@code CHECKSUM_MISMATCH}, {@code DESCRIPTION_MISMATCH}, …)
 * @param message     Flyway's message
 * @since 0.1.0
 */
public record ValidationError(String version, String description, String script, String code, String message) {

    public ValidationError {
        description = description == null ? "" : description;
        script = script == null ? "" : script;
        requireNonNull(code, "code");
        message = message == null ? code : message;
    }
}
