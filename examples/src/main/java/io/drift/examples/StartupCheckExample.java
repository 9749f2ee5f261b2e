package io.drift.examples;

import io.drift.core.CaptureOptions;
import io.drift.core.Drift;
import io.drift.core.DriftException;
import io.drift.core.diff.DiffOptions;
import io.drift.core.diff.Differ;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.diff.Severity;
import io.drift.core.model.Snapshot;
import io.drift.core.report.RenderContext;
import io.drift.core.snapshot.SnapshotFiles;
import io.drift.reporting.Renderers;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import javax.sql.DataSource;

/**
 * Compares the live database with the committed baseline when the application starts, and refuses to start when
 * something the code depends on is missing or changed.
 */
public final class StartupCheckExample {

    private StartupCheckExample() {
    }

    /**
     * @param dataSource the application's database
     * @param baseline   the committed baseline
     * @return the differences (warnings and infos included) when there is no error
     * @throws DriftException with the readable report as its message when an error-level difference is found
     */
    public static SchemaDiff checkAtStartup(DataSource dataSource, Path baseline) {
        // [startup]
        Snapshot expected = SnapshotFiles.read(baseline);
        Snapshot actual = Drift.capture(dataSource, CaptureOptions.builder().schemas("public").build());
        DiffOptions options = DiffOptions.builder()
                .ignoreProperties("comment")                   // comments never break an application
                .excludeObjects("public.tmp_*")                // scratch tables made by hand
                .build();
        SchemaDiff diff = Differ.standard().diff(expected, actual, options);
        if (diff.hasErrors()) {
            throw new DriftException(DriftException.Reason.OTHER,
                    "The database does not match " + baseline + ":\n" + render(diff.atLeast(Severity.ERROR), baseline));
        }
        // [startup]
        return diff;
    }

    static String render(SchemaDiff diff, Path baseline) {
        StringWriter out = new StringWriter();
        try {
            Renderers.require("text").render(diff, new RenderContext(baseline.toString(), "live database", false), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringWriter does not fail
        }
        return out.toString();
    }
}
