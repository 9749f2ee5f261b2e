package io.drift.core.check;

import static java.util.Objects.requireNonNull;

import io.drift.core.model.ObjectPath;

/**
 * One thing a check found.
 *
 * @param object       the object it is about, or {@code null}
 * @param message      what is wrong, for a person
 * @param suggestedFix SQL or an action that would fix it, or {@code null}
 * @since 0.1.0
 */
public record Finding(ObjectPath object, String message, String suggestedFix) {

    public Finding {
        requireNonNull(message, "message");
    }
}
