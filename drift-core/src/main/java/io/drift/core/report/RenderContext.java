package io.drift.core.report;

import static java.util.Objects.requireNonNull;

/**
 * What a report is about and how to render it. The sources are shown as given (escaped by each format), so they must
 * name the inputs for a person and never carry a password.
 *
 * <pre>{@code
 * RenderContext context = new RenderContext("baseline.json", "postgresql://db.example:5432/app", true);
 * }</pre>
 *
 * @param expectedSource what the expected side is, for a report's header ({@code baseline.json})
 * @param actualSource   what the actual side is ({@code postgresql://db.example:5432/app}), never with a password
 * @param color          whether a terminal format may use ANSI colours; formats that are not meant for a terminal
 *                       ignore it
 * @since 0.1.0
 */
public record RenderContext(String expectedSource, String actualSource, boolean color) {

    public RenderContext {
        requireNonNull(expectedSource, "expectedSource");
        requireNonNull(actualSource, "actualSource");
    }

    /**
     * @param expectedSource what the expected side is (a baseline file, a configuration file)
     * @param actualSource   what the actual side is (a database, never with a password)
     * @return a context without colour
     * @since 0.1.0
     */
    public static RenderContext of(String expectedSource, String actualSource) {
        return new RenderContext(expectedSource, actualSource, false);
    }

    /** @return a context with unnamed sources ({@code expected}, {@code actual}) and no colour */
    public static RenderContext defaults() {
        return new RenderContext("expected", "actual", false);
    }

    /**
     * @param value whether a terminal format may use ANSI colours
     * @return a copy with that setting
     * @since 0.1.0
     */
    public RenderContext withColor(boolean value) {
        return new RenderContext(expectedSource, actualSource, value);
    }
}
