package io.drift.core.spi;

import static java.util.Objects.requireNonNull;

/**
 * What a report is about and how to render it.
 *
 * @param expectedSource what the expected side is, for a report's header ({@code baseline.json})
 * @param actualSource   what the actual side is ({@code postgresql://db.example:5432/app}), never with a password
 * @param color          whether a terminal format may use ANSI colours
 * @since 0.1.0
 */
public record RenderContext(String expectedSource, String actualSource, boolean color) {

    public RenderContext {
        requireNonNull(expectedSource, "expectedSource");
        requireNonNull(actualSource, "actualSource");
    }

    /** @return a context with unnamed sources and no colour */
    public static RenderContext defaults() {
        return new RenderContext("expected", "actual", false);
    }
}
