package io.drift.reporting;

import static io.drift.core.diff.Severity.ERROR;
import static io.drift.core.diff.Severity.INFO;
import static io.drift.core.diff.Severity.WARNING;

import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckResult;
import io.drift.core.check.CheckTag;
import io.drift.core.check.Finding;
import io.drift.core.check.FindingCode;
import io.drift.core.check.Fix;
import io.drift.core.check.Status;
import io.drift.core.check.Suppression;
import io.drift.core.diff.Changed;
import io.drift.core.diff.Difference;
import io.drift.core.diff.Missing;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.diff.Unexpected;
import io.drift.core.model.Column;
import io.drift.core.model.ForeignKey;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.PrimaryKey;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.core.report.RenderContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a database can hold that must show as text in every format: names that are HTML (an image whose error handler
 * runs script, a script that closes the page's own), a comment that is a Markdown link and HTML, a comment that is a
 * Mermaid directive and closes a diagram block, an enum label with a line feed, names with backticks and pipes, a
 * mention. The payloads set {@code window.__pwned} instead of calling {@code alert}, so a browser test can tell.
 */
final class Hostile {

    static final String IMG = "<img src=x onerror=\"window.__pwned=1\">";
    static final String SCRIPT = "</script><script>window.__pwned=2</script>";
    static final String LINK = "[click me](https://evil.example/phish) <b>bold</b> **strong** @everyone #12";
    static final String MERMAID = "%%{init: {\"theme\": \"dark\"}}%%\n```\n} style a fill:#f00\nclick a href \"javascript:x\"";
    static final String LABEL = "ok', 'line one\nline two";
    static final String BACKTICKS = "``` evil";
    static final String PIPE = "name|x";

    static final ObjectPath USERS = ObjectPath.of("public", "users");
    static final ObjectPath IMG_TABLE = ObjectPath.of("public", IMG);
    static final ObjectPath SCRIPT_TABLE = ObjectPath.of("public", SCRIPT);

    static final RenderContext CONTEXT = new RenderContext("baseline <b>.json", "postgresql://db/app?x=<i>", false);

    private Hostile() {
    }

    /** Sorted by path, as the differ sorts. */
    static SchemaDiff diff() {
        return new SchemaDiff(differences());
    }

    private static List<Difference> differences() {
        return List.of(
                new Unexpected(ObjectKind.TABLE, SCRIPT_TABLE, WARNING),
                new Missing(ObjectKind.TABLE, IMG_TABLE, ERROR),
                new Changed(ObjectKind.ENUM, ObjectPath.of("public", "mood"), "labels", "'ok', 'bad'",
                        "'" + LABEL + "'", ERROR),
                new Changed(ObjectKind.TABLE, USERS, "comment", null, MERMAID, INFO),
                new Missing(ObjectKind.COLUMN, USERS.child(BACKTICKS), ERROR),
                new Changed(ObjectKind.COLUMN, USERS.child(PIPE), "comment", null, LINK, INFO),
                new Changed(ObjectKind.COLUMN, USERS.child(PIPE), "type", "text", IMG, ERROR));
    }

    /** The hostile tables as two snapshots, so the markdown diagram draws them. */
    static RenderContext withSnapshots() {
        Table users = Table.builder(USERS)
                .column(Column.of("id", 1, "bigint").withNullable(false))
                .column(Column.of(PIPE, 2, IMG))
                .constraint(PrimaryKey.of("users_pkey", "id")).build();
        Table expectedUsers = users.toBuilder().column(Column.of(BACKTICKS, 3, "text")).build();
        Table img = Table.builder(IMG_TABLE)
                .column(Column.of("pk", 1, "bigint"))
                .column(Column.of(SCRIPT, 2, "bigint").withComment(MERMAID))
                .constraint(ForeignKey.of("direction TB", List.of(SCRIPT), USERS, List.of("id"))).build();
        Table script = Table.builder(SCRIPT_TABLE).column(Column.of("%%{init}%%", 1, "text")).build();
        return CONTEXT.withSnapshots(Snapshot.builder().add(expectedUsers).add(img).build(),
                Snapshot.builder().add(users).add(script).build());
    }

    static final FindingCode MISSING = new FindingCode("DRIFT-TABLE-MISSING", ERROR, "Table missing",
            "The application queries a table the database lacks.");

    /** A check report whose every string from the database is hostile. */
    static CheckReport checkReport() {
        List<Finding> findings = new ArrayList<>();
        for (Difference d : differences()) {
            Finding f = Finding.of(MISSING, d.severity(), d.path(), "table " + d.path() + " differs: " + LINK)
                    .withDifference(d);
            findings.add(d.kind() == ObjectKind.TABLE ? f.withFix(Fix.sql("CREATE TABLE \"" + IMG + "\" ();\n-- "
                    + SCRIPT)) : f.withFix(Fix.action(MERMAID)));
        }
        findings.set(1, findings.get(1).suppressedBy(Suppression.of("DRIFT-TABLE-MISSING", SCRIPT + " " + LINK)));
        return new CheckReport(List.of(
                new CheckResult("schema-drift", "Compares " + IMG, Set.of(CheckTag.DRIFT), Status.FAILED,
                        "7 differences " + SCRIPT, findings, Duration.ofMillis(5), null, List.of(MISSING)),
                new CheckResult("acme.users", LINK, Set.of(), Status.ERRORED, "Could not run: " + IMG + "\n" + LABEL,
                        List.of(), Duration.ofMillis(1), new IllegalStateException(SCRIPT))),
                Duration.ofMillis(6));
    }
}
