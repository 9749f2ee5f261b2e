package io.drift.core.snapshot;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * A problem found while reading a snapshot, before the source is known: {@link SnapshotFiles} turns it into a
 * {@link SnapshotFormatException} naming the file. Carries no stack trace; it is a report, not a bug.
 */
final class FormatProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient JsonLocation location;
    private final String path;
    private final String problem;
    private final String fix;

    FormatProblem(JsonLocation location, String path, String problem, String fix) {
        super(problem, null, false, false);
        this.location = location;
        this.path = path;
        this.problem = problem;
        this.fix = fix;
    }

    JsonLocation location() {
        return location;
    }

    String path() {
        return path;
    }

    String problem() {
        return problem;
    }

    String fix() {
        return fix;
    }
}
