package io.drift.core;

import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;

/**
 * Thrown by the {@code requireX}/{@code table(path)} style lookups when the object is not in the snapshot. The
 * {@code findX} variants return an {@link java.util.Optional} instead.
 *
 * @since 0.1.0
 */
public class NoSuchObjectException extends DriftException {

    private static final long serialVersionUID = 1L;

    /**
     * @param kind the kind looked up
     * @param path the path looked up
     */
    public NoSuchObjectException(ObjectKind kind, ObjectPath path) {
        super(Reason.NO_SUCH_OBJECT, "No " + kind.displayName() + " " + path + " in this snapshot.");
    }
}
