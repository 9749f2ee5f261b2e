package io.drift.core.snapshot;

import io.drift.core.DriftException;

/**
 * A snapshot file that cannot be read: malformed JSON, written by a newer Drift, not a snapshot at all, or a snapshot
 * whose content does not follow the format (an unknown field, a wrong type, a missing field, a duplicate object). The
 * message names the source, the line and column, the JSON path and the problem, then the fix:
 *
 * <pre>
 * Cannot read snapshot schema.json (line 12, column 19, at tables[3].columns[1].type): expected a string, found a
 * number (42). Capture the snapshot again, or correct the file as docs/snapshot-format.md describes.
 * </pre>
 *
 * <p>The {@link #reason()} is {@link DriftException.Reason#INVALID_SNAPSHOT}. When this is thrown, nothing of the file
 * was returned.
 *
 * @since 0.1.0
 */
public class SnapshotFormatException extends DriftException {

    private static final long serialVersionUID = 1L;

    private final String sourceName;
    private final int line;
    private final int column;
    private final String path;
    private final String problem;
    private final String fix;

    /**
     * @param sourceName what was read: a file name, or the name given to {@link SnapshotFiles#read(java.io.InputStream,
     *                   String)}
     * @param line       the 1-based line of the problem, or {@code -1} when unknown
     * @param column     the 1-based column of the problem, or {@code -1} when unknown
     * @param path       the JSON path of the value at fault ({@code tables[3].columns[1].type}), or {@code ""} for the
     *                   document as a whole
     * @param problem    what is wrong, without a final period
     * @param fix        what to do about it, without a final period, or {@code null} when there is no general fix
     * @param cause      the underlying error, or {@code null}
     */
    public SnapshotFormatException(String sourceName, int line, int column, String path, String problem, String fix,
                                   Throwable cause) {
        super(Reason.INVALID_SNAPSHOT, message(sourceName, line, column, path, problem, fix), cause);
        this.sourceName = sourceName;
        this.line = line;
        this.column = column;
        this.path = path == null ? "" : path;
        this.problem = problem;
        this.fix = fix;
    }

    private static String message(String sourceName, int line, int column, String path, String problem, String fix) {
        StringBuilder out = new StringBuilder("Cannot read snapshot ").append(sourceName);
        String sep = " (";
        if (line > 0) {
            out.append(sep).append("line ").append(line);
            sep = ", ";
            if (column > 0) {
                out.append(sep).append("column ").append(column);
            }
        }
        if (path != null && !path.isEmpty()) {
            out.append(sep).append("at ").append(path);
            sep = ", ";
        }
        if (!sep.equals(" (")) {
            out.append(')');
        }
        out.append(": ").append(problem).append('.');
        if (fix != null) {
            out.append(' ').append(fix).append('.');
        }
        return out.toString();
    }

    /** @return what was read: a file name, or the name given with a stream or string */
    public String sourceName() {
        return sourceName;
    }

    /** @return the 1-based line of the problem, or {@code -1} when unknown */
    public int line() {
        return line;
    }

    /** @return the 1-based column of the problem, or {@code -1} when unknown */
    public int column() {
        return column;
    }

    /** @return the JSON path of the value at fault ({@code tables[3].columns[1].type}); {@code ""} for the document */
    public String path() {
        return path;
    }

    /** @return what is wrong, in a few words, without the location */
    public String problem() {
        return problem;
    }

    /** @return what to do about it, or {@code null} */
    public String fix() {
        return fix;
    }
}
