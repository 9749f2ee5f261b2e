package io.drift.test.assertj;

import io.drift.core.DriftException;
import io.drift.core.diff.DiffOptions;
import io.drift.core.diff.Differ;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.model.Snapshot;
import io.drift.core.snapshot.SnapshotFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Compares with a baseline file, and writes it when asked: with the system property {@value #PROPERTY} or the
 * environment variable {@value #VARIABLE} set to {@code true}.
 */
final class Baselines {

    /** The system property that makes a run write the baselines it compares with. */
    static final String PROPERTY = "drift.updateBaselines";
    /** The environment variable that does the same. */
    static final String VARIABLE = "DRIFT_UPDATE_BASELINES";

    private Baselines() {
    }

    /** What a comparison found: {@code failure} is the message, or {@code null} when it passes. */
    record Verdict(String failure) {
    }

    static boolean updating() {
        return "true".equalsIgnoreCase(System.getProperty(PROPERTY, "").trim())
                || "true".equalsIgnoreCase(String.valueOf(System.getenv(VARIABLE)).trim().toLowerCase(Locale.ROOT));
    }

    static Verdict compare(Snapshot actual, Path baseline, DiffOptions options) {
        boolean exists = Files.isRegularFile(baseline);
        if (updating()) {
            return update(actual, baseline, exists);
        }
        if (!exists) {
            return new Verdict("There is no baseline at " + baseline.toAbsolutePath() + ".\nCreate it from this test"
                    + " run with:\n  mvn test -D" + PROPERTY + "=true\n(or " + VARIABLE + "=true in the environment),"
                    + " then review and commit it.");
        }
        Snapshot expected = SnapshotFiles.read(baseline);
        SchemaDiff diff = Differ.standard().diff(expected, actual, options);
        if (diff.isEmpty()) {
            return new Verdict(null);
        }
        return new Verdict("Expecting the schema to match the baseline " + baseline + ", but it differs:\n\n"
                + AbstractSchemaAssert.report(diff, baseline.toString(), "this test's database") + "\nWhen the change"
                + " is intended, update the baseline with -D" + PROPERTY + "=true and commit it.");
    }

    private static Verdict update(Snapshot actual, Path baseline, boolean exists) {
        String json = SnapshotFiles.toJson(actual);
        try {
            if (exists && Files.readString(baseline, StandardCharsets.UTF_8).equals(json)) {
                return new Verdict(null);
            }
            Path parent = baseline.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new DriftException(DriftException.Reason.IO, "Cannot update the baseline " + baseline + " ("
                    + e.getMessage() + "). Check that its folder is writable.", e);
        }
        SnapshotFiles.write(actual, baseline);
        return new Verdict((exists ? "Updated" : "Created") + " the baseline " + baseline.toAbsolutePath()
                + " because " + PROPERTY + " is set.\nReview and commit it, then run the tests again without "
                + PROPERTY + " (this assertion fails once so that a changed baseline is never passed unseen).");
    }
}
