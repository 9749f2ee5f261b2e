package io.drift.flyway;

/**
 * A {@link ShadowDatabase} cannot serve: what it needs is missing (a library on the class path, a privilege, Docker), or
 * it is of the wrong kind for the target. Thrown before anything was created. The message says why and what to do.
 *
 * @since 0.1.0
 */
public class ShadowUnavailableException extends io.drift.core.DriftException {

    private static final long serialVersionUID = 1L;

    /**
     * @param reason  why it failed
     * @param message why the shadow cannot be had, then the fix
     */
    public ShadowUnavailableException(Reason reason, String message) {
        super(reason, message);
    }

    /**
     * @param reason  why it failed
     * @param message why the shadow cannot be had, then the fix
     * @param cause   the underlying error
     */
    public ShadowUnavailableException(Reason reason, String message, Throwable cause) {
        super(reason, message, cause);
    }
}
