package io.drift.core.check;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;

/**
 * How to fix what a finding reports.
 *
 * @param type what {@code text} is
 * @param text the SQL (identifiers quoted as the database needs), the command, or the action in words
 * @since 0.1.0
 */
public record Fix(Type type, String text) {

    /** What the text of a fix is. */
    public enum Type {
        /** SQL to run on the database, with every identifier quoted as needed. */
        SQL,
        /** A command to run in a shell ({@code flyway migrate}). */
        COMMAND,
        /** An action in words, for a person. */
        ACTION
    }

    /**
     * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT} for a blank text
     */
    public Fix {
        requireNonNull(type, "type");
        requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "A fix must say something: give the SQL,"
                    + " the command or the action, or leave the finding without a fix.");
        }
    }

    /**
     * @param sql SQL with every identifier quoted as the database needs
     * @return the fix
     */
    public static Fix sql(String sql) {
        return new Fix(Type.SQL, sql);
    }

    /**
     * @param command a shell command
     * @return the fix
     */
    public static Fix command(String command) {
        return new Fix(Type.COMMAND, command);
    }

    /**
     * @param action what to do, in words
     * @return the fix
     */
    public static Fix action(String action) {
        return new Fix(Type.ACTION, action);
    }
}
