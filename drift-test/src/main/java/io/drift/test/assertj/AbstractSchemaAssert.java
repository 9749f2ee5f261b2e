package io.drift.test.assertj;

import static java.util.Objects.requireNonNull;

import io.drift.core.CaptureOptions;
import io.drift.core.diff.DiffOptions;
import io.drift.core.diff.Differ;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.core.report.RenderContext;
import io.drift.core.report.TextRenderer;
import io.drift.core.snapshot.SnapshotFiles;
import io.drift.core.spi.ExpectedSchemaSource;
import io.drift.test.postgres.TestPostgres;

import java.nio.file.Path;
import java.util.Optional;

import org.assertj.core.api.AbstractAssert;

/**
 * What the assertions on a schema have in common: the diff options set with {@link #ignoring}, {@link #excluding} and
 * {@link #usingOptions}, the comparisons with an expected schema, and the object lookups.
 *
 * @param <SELF>   the assertion's own type
 * @param <ACTUAL> what is asserted on
 * @since 0.1.0
 */
public abstract class AbstractSchemaAssert<SELF extends AbstractSchemaAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractAssert<SELF, ACTUAL> {

    private DiffOptions.Builder options = DiffOptions.builder();

    /**
     * @param actual   what is asserted on
     * @param selfType the assertion's own type
     */
    protected AbstractSchemaAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** @return the schema asserted on (captured once, for a database) */
    protected abstract Snapshot snapshot();

    /** @return how the failure messages name what is asserted on: {@code the database}, {@code the snapshot} */
    protected abstract String describeActual();

    /**
     * Leaves kinds or properties out of the comparisons that follow, named as {@code drift diff --ignore} takes them: a
     * kind ({@code index}, {@code policy}), a vendor kind ({@code pg.default-privileges}) or a property
     * ({@code comment}, {@code column.collation}).
     *
     * @param kindsOrProperties names; a typo fails with the closest known name
     * @return this
     */
    public SELF ignoring(String... kindsOrProperties) {
        for (String name : kindsOrProperties) {
            options.ignore(name);
        }
        return myself;
    }

    /**
     * @param objectGlobs objects to leave out of the comparisons that follow ({@code public.tmp_*}, {@code **.audit_*})
     * @return this
     */
    public SELF excluding(String... objectGlobs) {
        options.excludeObjects(objectGlobs);
        return myself;
    }

    /**
     * @param value the diff options for the comparisons that follow, replacing what {@link #ignoring} and
     *              {@link #excluding} set so far
     * @return this
     */
    public SELF usingOptions(DiffOptions value) {
        options = requireNonNull(value, "options").toBuilder();
        return myself;
    }

    /** @return the diff options in force */
    protected DiffOptions diffOptions() {
        return options.build();
    }

    /**
     * Verifies that the schema matches {@code expected}: no difference at all, after what was ignored or excluded.
     *
     * @param expected the expected schema
     * @return this
     */
    public SELF matches(Snapshot expected) {
        requireNonNull(expected, "expected");
        return matches(expected, "the expected snapshot");
    }

    /**
     * Verifies that the schema matches the snapshot in a baseline file. A missing file fails with the command that
     * creates it; with {@code -Ddrift.updateBaselines=true} (or {@code DRIFT_UPDATE_BASELINES=true}) the file is
     * written instead, and the assertion fails once, naming it, when its content changed.
     *
     * @param baseline the baseline snapshot file
     * @return this
     */
    public SELF matches(Path baseline) {
        requireNonNull(baseline, "baseline");
        isNotNull();
        Baselines.Verdict verdict = Baselines.compare(snapshot(), baseline, diffOptions());
        if (verdict.failure() != null) {
            failWithMessage("%n%s", verdict.failure());
        }
        return myself;
    }

    /**
     * Verifies that the schema matches the one a source gives: a snapshot file, the migrations (drift-flyway), the
     * entities (drift-jpa).
     *
     * @param expected where the expected schema comes from
     * @return this
     */
    public SELF matches(ExpectedSchemaSource expected) {
        requireNonNull(expected, "expected");
        return matches(expected.load(), expected.description());
    }

    /**
     * Verifies that the schema is exactly what the migrations build: Flyway runs them from empty in a new database on
     * drift-test's server ({@link io.drift.test.postgres.TestPostgres}) of the asserted schema's major version (its
     * default when that one cannot be started), which is captured, compared and dropped. Flyway's history table is
     * left out, as in every diff. A migration that fails from empty fails the assertion, naming it. Needs Flyway
     * ({@code flyway-core} and {@code flyway-database-postgresql}) on the test class path.
     *
     * <pre>{@code
     * DriftAssertions.assertThat(dataSource).matchesMigrations(flyway);
     * }</pre>
     *
     * @param flyway the application's Flyway: its locations, placeholders, schemas, callbacks and Java migrations;
     *               its data source is not used
     * @return this
     */
    public SELF matchesMigrations(org.flywaydb.core.Flyway flyway) {
        requireNonNull(flyway, "flyway");
        isNotNull();
        Snapshot actualSchema = snapshot();
        int major = actualSchema.database() == null ? TestPostgres.defaultVersion()
                : actualSchema.database().majorVersion();
        MigrationsSchema.Built built = MigrationsSchema.build(flyway, major,
                captureOptions());
        if (built.failure() != null) {
            failWithMessage("%n%s", built.failure());
        }
        return matches(built.snapshot(), built.description());
    }

    /** @return what to capture when the assertion builds an expected schema itself: as the asserted one was */
    protected CaptureOptions captureOptions() {
        return CaptureOptions.defaults();
    }

    private SELF matches(Snapshot expected, String expectedName) {
        isNotNull();
        SchemaDiff diff = Differ.standard().diff(expected, snapshot(), diffOptions());
        if (!diff.isEmpty()) {
            failWithMessage("%nExpecting %s to match %s, but it differs:%n%n%s", describeActual(), expectedName,
                    report(diff, expectedName, describeActual()));
        }
        return myself;
    }

    /**
     * Compares with an expected snapshot and goes on with assertions on the differences:
     * {@code assertThat(db).diffAgainst(expected).hasNoDifferencesAbove(Severity.WARNING)}.
     *
     * @param expected the expected schema
     * @return assertions on the diff
     */
    public SchemaDiffAssert diffAgainst(Snapshot expected) {
        isNotNull();
        return new SchemaDiffAssert(Differ.standard().diff(expected, snapshot(), diffOptions()));
    }

    /**
     * @param baseline a snapshot file
     * @return assertions on the differences from it
     */
    public SchemaDiffAssert diffAgainst(Path baseline) {
        return diffAgainst(SnapshotFiles.read(baseline));
    }

    /**
     * @param tablePath a table's path, as Drift prints it: {@code public.users}
     * @return this
     */
    public SELF hasTable(String tablePath) {
        ObjectPath path = ObjectPath.parse(tablePath);
        if (snapshot().findTable(path).isEmpty()) {
            failWithMessage("%nExpecting %s to have the table%n  %s%nbut it has no such table.%s", describeActual(),
                    path, nearTables(path));
        }
        return myself;
    }

    /**
     * @param tablePath a table's path, as Drift prints it: {@code public.audit_log}
     * @return this
     */
    public SELF doesNotHaveTable(String tablePath) {
        ObjectPath path = ObjectPath.parse(tablePath);
        if (snapshot().findTable(path).isPresent()) {
            failWithMessage("%nExpecting %s not to have the table%n  %s%nbut it has.", describeActual(), path);
        }
        return myself;
    }

    /**
     * @param columnPath a column's path, as Drift prints it: {@code public.users.email}
     * @return this
     */
    public SELF hasColumn(String columnPath) {
        ObjectPath path = ObjectPath.parse(columnPath);
        if (path.depth() < 2) {
            throw new IllegalArgumentException("A column path has the table's path and the column's name: "
                    + "public.users.email, not " + columnPath);
        }
        ObjectPath tablePath = path.parent();
        Optional<Table> table = snapshot().findTable(tablePath);
        if (table.isEmpty()) {
            failWithMessage("%nExpecting %s to have the column%n  %s%nbut it has no table %s.%s", describeActual(),
                    path, tablePath, nearTables(tablePath));
        } else if (table.get().columns().stream().noneMatch(c -> c.name().equals(path.name()))) {
            failWithMessage("%nExpecting %s to have the column%n  %s%nbut table %s has only: %s", describeActual(),
                    path, tablePath, String.join(", ",
                            table.get().columns().stream().map(c -> c.name()).toList()));
        }
        return myself;
    }

    /**
     * @param tablePath a table's path: {@code public.users}
     * @param column    a column's name: {@code email}
     * @return this
     */
    public SELF hasColumn(String tablePath, String column) {
        return hasColumn(ObjectPath.parse(tablePath).child(column).toString());
    }

    /**
     * @param indexPath an index's path, as Drift prints it: {@code public.users/idx_users_email}
     * @return this
     */
    public SELF hasIndex(String indexPath) {
        ObjectPath path = ObjectPath.parse(indexPath);
        Optional<Table> table = path.member() ? snapshot().findTable(path.parent()) : Optional.empty();
        if (table.isEmpty() || table.get().indexes().stream().noneMatch(i -> i.name().equals(path.name()))) {
            failWithMessage("%nExpecting %s to have the index%n  %s%nbut it has %s.", describeActual(), path,
                    table.isEmpty() ? "no table " + (path.member() ? path.parent() : path)
                            : "only: " + String.join(", ", table.get().indexes().stream()
                            .map(i -> i.name()).toList()));
        }
        return myself;
    }

    private String nearTables(ObjectPath missing) {
        java.util.List<String> names = snapshot().objects(ObjectKind.TABLE).keySet().stream()
                .map(ObjectPath::toString).toList();
        return io.drift.core.internal.Names.closest(missing.toString(), names)
                .map(n -> " Did you mean " + n + "?").orElse("");
    }

    static String report(SchemaDiff diff, String expected, String actual) {
        return new TextRenderer().renderToString(diff, RenderContext.of(expected, actual));
    }
}
