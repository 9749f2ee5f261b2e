package io.drift.flyway;

import java.util.List;

/**
 * An expected snapshot was built from migrations other than those in the code: comparing with it would report drift
 * that is not there. The message lists what changed and how to build it again.
 *
 * @since 0.1.0
 */
public class StaleSnapshotException extends io.drift.core.DriftException {

    private static final long serialVersionUID = 1L;

    private final List<String> changes;

    /**
     * @param message what happened, then the fix
     * @param changes each migration that differs, in words
     */
    public StaleSnapshotException(String message, List<String> changes) {
        super(Reason.INVALID_SNAPSHOT, message);
        this.changes = List.copyOf(changes);
    }

    /** @return each migration that differs, in words ({@code V3 changed since the snapshot was built}) */
    public List<String> changes() {
        return changes;
    }
}
