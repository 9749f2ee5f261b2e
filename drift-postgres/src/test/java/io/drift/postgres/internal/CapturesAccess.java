package io.drift.postgres.internal;

import io.drift.core.model.Snapshot;

import java.util.List;

/** Opens the package's test helpers to the API package's tests. */
public final class CapturesAccess {

    private CapturesAccess() {
    }

    public static List<String> differences(Snapshot expected, Snapshot actual) {
        return Captures.differences(expected, actual);
    }
}
