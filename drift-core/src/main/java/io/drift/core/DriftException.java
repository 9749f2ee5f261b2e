package io.drift.core;

import static java.util.Objects.requireNonNull;

/**
 * The one unchecked root of every error Drift reports.
 *
 * <p>The message is meant for a person: it says what happened and then what to do about it, for example
 * <em>"Cannot connect to PostgreSQL at db.example:5432/app (connection refused). Check that the server is running and
 * that the host and port are right."</em> It never contains a password. {@link #reason()} lets a program tell causes apart
 * without parsing the message.
 *
 * <p>Every public method of every Drift module reports bad input this way: an option, argument or configuration that
 * is not valid is a {@code DriftException} with {@link Reason#INVALID_ARGUMENT} (or {@link Reason#INVALID_CONFIG}),
 * never an {@link IllegalArgumentException}. Two exceptions are not bad input: {@code null} where a method takes no
 * {@code null} is a {@link NullPointerException} naming the parameter ({@code Objects.requireNonNull}), a mistake in
 * the calling code; and an {@link IllegalStateException} means a bug in Drift, to be reported.
 *
 * @since 0.1.0
 */
public class DriftException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why an operation failed, for programs that react differently to different causes. */
    public enum Reason {
        /** The server could not be reached: wrong host or port, server down, network. */
        UNREACHABLE,
        /** The server refused the credentials. */
        AUTHENTICATION,
        /** The database named in the connection does not exist. */
        NO_DATABASE,
        /** The role lacks a privilege Drift needs. */
        PERMISSION_DENIED,
        /** The database product or version is not supported. */
        UNSUPPORTED_DATABASE,
        /** A statement ran longer than the configured statement timeout, or waited for a lock too long. */
        TIMEOUT,
        /** A snapshot file is malformed, of a newer format, or not a snapshot at all. */
        INVALID_SNAPSHOT,
        /** A file could not be read or written. */
        IO,
        /** An option or argument is not valid. */
        INVALID_ARGUMENT,
        /** An object asked for by name is not there. */
        NO_SUCH_OBJECT,
        /**
         * A configuration ({@code drift.yaml}, a check's options, a runner's selection) is not valid; the message names
         * the file, line and column where there is one.
         *
         * @since 0.1.0
         */
        INVALID_CONFIG,
        /**
         * The schema does not match what was expected: not a failure to run, but the answer
         * ({@link SchemaMismatchException}).
         *
         * @since 0.1.0
         */
        SCHEMA_MISMATCH,
        /**
         * Checks found what fails the run, or could not run ({@link io.drift.core.check.ChecksFailedException}).
         *
         * @since 0.1.0
         */
        CHECKS_FAILED,
        /** Anything else; the message and the cause say more. */
        OTHER
    }

    private final Reason reason;

    /**
     * @param reason  why it failed
     * @param message what happened, then the fix; never a password
     * @param cause   the underlying error, or {@code null}
     */
    public DriftException(Reason reason, String message, Throwable cause) {
        super(requireNonNull(message, "message"), cause);
        this.reason = requireNonNull(reason, "reason");
    }

    /**
     * @param reason  why it failed
     * @param message what happened, then the fix; never a password
     */
    public DriftException(Reason reason, String message) {
        this(reason, message, null);
    }

    /** @return why the operation failed */
    public Reason reason() {
        return reason;
    }
}
