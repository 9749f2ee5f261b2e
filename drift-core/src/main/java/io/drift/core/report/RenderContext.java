package io.drift.core.report;

import static java.util.Objects.requireNonNull;

import io.drift.core.model.Snapshot;

import java.util.Optional;

/**
 * What a report is about and how to render it. The sources are shown as given (escaped by each format), so they must
 * name the inputs for a person and never carry a password.
 *
 * <pre>{@code
 * RenderContext context = RenderContext.of("baseline.json", "postgresql://db.example:5432/app")
 *         .withSnapshots(expected, actual);     // lets the markdown format draw the tables around the drift
 * }</pre>
 *
 * <p>The snapshots are optional. A diff holds only what differs; a format that shows more than that (the
 * {@code markdown} format's diagram of the drifted tables, their columns and the tables their foreign keys touch)
 * reads it from them when they are given, and makes do with the differences alone when they are not.
 *
 * @param expectedSource   what the expected side is, for a report's header ({@code baseline.json})
 * @param actualSource     what the actual side is ({@code postgresql://db.example:5432/app}), never with a password
 * @param color            whether a terminal format may use ANSI colours; formats that are not meant for a terminal
 *                         ignore it
 * @param expectedSnapshot the expected schema the diff was made from, or {@code null} when not at hand
 * @param actualSnapshot   the actual schema, or {@code null} when not at hand
 * @since 0.1.0
 */
public record RenderContext(String expectedSource, String actualSource, boolean color, Snapshot expectedSnapshot,
                            Snapshot actualSnapshot) {

    public RenderContext {
        requireNonNull(expectedSource, "expectedSource");
        requireNonNull(actualSource, "actualSource");
    }

    /**
     * A context without snapshots.
     *
     * @param expectedSource what the expected side is ({@code baseline.json})
     * @param actualSource   what the actual side is, never with a password
     * @param color          whether a terminal format may use ANSI colours
     * @since 0.1.0
     */
    public RenderContext(String expectedSource, String actualSource, boolean color) {
        this(expectedSource, actualSource, color, null, null);
    }

    /**
     * @param expectedSource what the expected side is (a baseline file, a configuration file)
     * @param actualSource   what the actual side is (a database, never with a password)
     * @return a context without colour and without snapshots
     * @since 0.1.0
     */
    public static RenderContext of(String expectedSource, String actualSource) {
        return new RenderContext(expectedSource, actualSource, false);
    }

    /**
     * @return a context with unnamed sources ({@code expected}, {@code actual}), no colour and no snapshots
     * @since 0.1.0
     */
    public static RenderContext defaults() {
        return new RenderContext("expected", "actual", false);
    }

    /**
     * @param value whether a terminal format may use ANSI colours
     * @return a copy with that setting
     * @since 0.1.0
     */
    public RenderContext withColor(boolean value) {
        return new RenderContext(expectedSource, actualSource, value, expectedSnapshot, actualSnapshot);
    }

    /**
     * @param expected the expected schema, or {@code null}
     * @param actual   the actual schema, or {@code null}
     * @return a copy that holds these snapshots, for formats that show the tables around a difference
     * @since 0.1.0
     */
    public RenderContext withSnapshots(Snapshot expected, Snapshot actual) {
        return new RenderContext(expectedSource, actualSource, color, expected, actual);
    }

    /**
     * @return the expected schema, if the caller gave it
     * @since 0.1.0
     */
    public Optional<Snapshot> findExpectedSnapshot() {
        return Optional.ofNullable(expectedSnapshot);
    }

    /**
     * @return the actual schema, if the caller gave it
     * @since 0.1.0
     */
    public Optional<Snapshot> findActualSnapshot() {
        return Optional.ofNullable(actualSnapshot);
    }

    /**
     * Leaves the snapshots out: a snapshot's text would drown the sources, and a context is printed in logs.
     */
    @Override
    public String toString() {
        return "RenderContext[expectedSource=" + expectedSource + ", actualSource=" + actualSource + ", color=" + color
                + ", expectedSnapshot=" + (expectedSnapshot == null ? "none" : "given")
                + ", actualSnapshot=" + (actualSnapshot == null ? "none" : "given") + "]";
    }
}
