package io.drift.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.core.DriftException;
import io.drift.core.check.Check;
import io.drift.core.check.CheckContext;
import io.drift.core.check.CheckOptions;
import io.drift.core.check.CheckRunner;
import io.drift.core.check.FindingCode;
import io.drift.core.check.Outcome;
import io.drift.core.check.Suppression;
import io.drift.core.diff.Severity;
import io.drift.core.model.ObjectPath;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftConfigTest {

    /** Stands in for drift-postgres's row-counts check, which drift-core's tests do not see. */
    static final Check ROW_COUNTS = new Check() {
        @Override
        public String id() {
            return "row-counts";
        }

        @Override
        public String description() {
            return "Row counts.";
        }

        @Override
        public List<FindingCode> codes() {
            return List.of(new FindingCode("DRIFT-ROWS-BELOW-MIN", Severity.ERROR, "Too few rows", "Few."));
        }

        @Override
        public Set<String> optionNames() {
            return Set.of("tables", "exact-timeout");
        }

        @Override
        public void validate(CheckOptions options) {
            options.duration("exact-timeout", Duration.ofSeconds(10));
            options.sections("tables").values().forEach(t -> t.integer("min", 0, 0, Long.MAX_VALUE));
        }

        @Override
        public Outcome run(CheckContext context) {
            return Outcome.passed("ok");
        }
    };

    @TempDir
    Path dir;

    Path baseline;

    @BeforeEach
    void writeBaseline() throws Exception {
        baseline = Files.writeString(dir.resolve("baseline.json"), "{}");
    }

    private DriftConfig load(String yaml) throws Exception {
        Path file = Files.writeString(dir.resolve("drift.yaml"), yaml);
        return DriftConfig.loader().checks(ROW_COUNTS).load(file);
    }

    private void refused(String yaml, String... parts) {
        ThrowingCallable load = () -> load(yaml);
        assertThatThrownBy(load).isInstanceOf(DriftException.class)
                .satisfies(e -> assertThat(((DriftException) e).reason()).isEqualTo(DriftException.Reason.INVALID_CONFIG))
                .hasMessageStartingWith(dir.resolve("drift.yaml") + ", line ")
                .hasMessageContainingAll(parts);
    }

    @Test
    void a_full_file_reads_into_every_setting() throws Exception {
        DriftConfig config = load("""
                # what production must be
                database:
                  url: jdbc:postgresql://db.example:5432/app
                  user: app
                schemas: [public, billing]
                baseline: baseline.json
                require:
                  tables: [public.users, 'public."Order Lines"']
                  columns: public.users.email
                  indexes: [public.users/users_email_key]
                  constraints: [public.users/users_pkey]
                  baseline-tables: true
                row-counts:
                  public.users: 1
                  public.countries: {min: 200, max: 300}
                  billing.events: {min: 1000000, estimate: true}
                checks:
                  http:
                    url: https://app.example/health
                    expect: [200, 401]
                    timeout: 2s
                  schema-drift:
                    ignore: [comment]
                    exclude: ['public.tmp_*']
                  connectivity: {max-round-trip: 1s}
                suppressions:
                  - code: DRIFT-TABLE-UNEXPECTED
                    objects: ['public.tmp_*', '**.scratch_*']
                    reason: Scratch tables, made by hand
                    expires: 2027-03-31
                  - code: DRIFT-INDEX-MISSING
                    reason: Rebuilt concurrently by the DBA
                severity:
                  DRIFT-COLUMN-CHANGED: warning
                fail-on: warning
                timeout: 2m
                check-timeout: 30s
                """);

        assertThat(config.database()).contains(new ConnectionSettings("jdbc:postgresql://db.example:5432/app", "app"));
        assertThat(config.schemas()).containsExactly("public", "billing");
        assertThat(config.baseline()).contains(baseline.toAbsolutePath().normalize());
        assertThat(config.failOn()).contains(Severity.WARNING);
        assertThat(config.timeout()).contains(Duration.ofMinutes(2));
        assertThat(config.checkTimeout()).contains(Duration.ofSeconds(30));
        assertThat(config.enabledChecks()).contains("http", "schema-drift", "connectivity");
        assertThat(config.suppressions()).containsExactly(
                new Suppression("DRIFT-TABLE-UNEXPECTED", io.drift.core.model.ObjectGlob.of("public.tmp_*",
                        "**.scratch_*"), "Scratch tables, made by hand", LocalDate.of(2027, 3, 31)),
                Suppression.of("DRIFT-INDEX-MISSING", "Rebuilt concurrently by the DBA"));
        assertThat(config.severities()).containsEntry("DRIFT-COLUMN-CHANGED", Severity.WARNING);
        assertThat(config.rowCounts()).containsExactly(
                new RowCountRule(ObjectPath.of("public", "users"), 1L, null, false),
                new RowCountRule(ObjectPath.of("public", "countries"), 200L, 300L, false),
                new RowCountRule(ObjectPath.of("billing", "events"), 1_000_000L, null, true));

        Map<String, CheckOptions> options = config.checkOptions();
        assertThat(options.get("required-objects").strings("tables"))
                .containsExactly("public.users", "public.\"Order Lines\"");
        assertThat(options.get("required-objects").strings("columns")).containsExactly("public.users.email");
        assertThat(options.get("required-objects").bool("baseline-tables", false)).isTrue();
        assertThat(options.get("required-objects").strings("schemas")).containsExactly("public", "billing");
        assertThat(options.get("schema-drift").strings("schemas")).containsExactly("public", "billing");
        assertThat(options.get("schema-drift").strings("ignore")).containsExactly("comment");
        assertThat(options.get("http").strings("expect")).containsExactly("200", "401");
        assertThat(options.get("row-counts").sections("tables")).containsOnlyKeys("public.users", "public.countries",
                "billing.events");
    }

    @Test
    void an_empty_file_is_the_defaults() throws Exception {
        DriftConfig config = load("# nothing yet\n");
        assertThat(config.checkOptions()).isEmpty();
        assertThat(config.failOn()).isEmpty();
        assertThat(config.baseline()).isEmpty();
    }

    @Test
    void the_config_applies_to_a_runner_that_knows_its_checks() throws Exception {
        DriftConfig config = load("""
                baseline: baseline.json
                require: {tables: [public.users]}
                checks: {http: {url: 'http://localhost:1/'}}
                """);
        CheckRunner runner = config.applyTo(CheckRunner.builder().discover(getClass().getClassLoader())).build();
        assertThat(runner.checks()).extracting(Check::id)
                .containsExactly("connectivity", "required-objects", "schema-drift", "http");
    }

    @Test
    void an_unknown_key_names_its_place_and_the_closest_key() {
        refused("schemas: [public]\nbaselin: baseline.json\n", "line 2, column 1", "Unknown key 'baselin'",
                "Did you mean 'baseline'?");
        refused("require:\n  tabels: [public.users]\n", "line 2, column 3", "'tabels'", "Did you mean 'tables'?");
        refused("suppressions:\n  - code: DRIFT-TABLE-MISSING\n    reason: x\n    expire: 2027-01-01\n",
                "line 4, column 5", "'expire'", "Did you mean 'expires'?");
    }

    @Test
    void a_value_of_the_wrong_type_names_its_place() {
        refused("fail-on: fatal\n", "line 1, column 10", "fail-on must be error, warning or info, not 'fatal'");
        refused("schemas:\n  public: yes\n", "line 2, column 3", "schemas must be a value, not a section");
        refused("row-counts:\n  public.users: many\n", "line 2, column 17", "must be a whole number of rows");
        refused("timeout: soon\n", "line 1, column 10", "positive duration");
        refused("require:\n  baseline-tables: 3\n", "line 2, column 20", "must be true or false, not 3");
        refused("checks:\n  http:\n    url: http://x/\n    timeout: fast\n", "line 4, column 14",
                "option timeout must be a positive duration");
        refused("checks:\n  http:\n    url: http://x/\n    expect: [200, 999]\n", "line 4, column 13",
                "'999' is not an HTTP status");
    }

    @Test
    void an_unknown_check_or_option_names_its_place_and_the_closest_name() {
        refused("checks:\n  htp: {url: 'http://x/'}\n", "line 2, column 3", "Unknown check 'htp'",
                "Did you mean 'http'?", "Known checks: connectivity, http, required-objects");
        refused("checks:\n  http:\n    urls: http://x/\n", "line 3, column 5", "Check http has no option 'urls'",
                "Did you mean 'url'?");
    }

    @Test
    void a_malformed_path_or_glob_names_its_place() {
        refused("require:\n  tables: [public.users, 'public.']\n", "line 2, column 26",
                "'public.' is not an object path");
        refused("require:\n  tables: [users]\n", "line 2, column 12", "'users' cannot name a table",
                "with its schema");
        refused("require:\n  columns: [public.users]\n", "'public.users' cannot name a column");
        refused("suppressions:\n  - code: DRIFT-TABLE-MISSING\n    objects: [' public.x']\n    reason: r\n",
                "line 3, column 15", "blanks around it");
        refused("row-counts:\n  'public.': 1\n", "line 2, column 3", "'public.' is not a table path");
        refused("checks:\n  schema-drift:\n    exclude: ['']\n", "line 3, column 14", "must not be empty");
    }

    @Test
    void a_missing_baseline_file_names_its_place_and_where_it_looked() {
        refused("baseline: schema/nope.json\n", "line 1, column 11", "The baseline file schema/nope.json does not"
                + " exist", dir.resolve("schema/nope.json").toString(), "drift snapshot --output");
    }

    @Test
    void a_malformed_date_names_its_place() {
        refused("suppressions:\n  - code: DRIFT-TABLE-MISSING\n    reason: r\n    expires: 2027-13-01\n",
                "line 4, column 14", "expires must be a date written YYYY-MM-DD", "'2027-13-01'");
        refused("suppressions:\n  - code: DRIFT-TABLE-MISSING\n    reason: r\n    expires: next week\n",
                "line 4, column 14", "'next week'");
    }

    @Test
    void an_unknown_code_in_a_suppression_or_severity_is_refused_with_the_closest_code() {
        refused("suppressions:\n  - code: DRIFT-TABLE-MISING\n    reason: r\n", "line 2, column 11",
                "No check emits the code 'DRIFT-TABLE-MISING'", "Did you mean 'DRIFT-TABLE-MISSING'?");
        refused("severity:\n  DRIFT-COLUM-CHANGED: info\n", "line 2, column 3", "Did you mean 'DRIFT-COLUMN-CHANGED'?");
        refused("suppressions:\n  - code: DRIFT-TABLE-MISSING\n", "line 2, column 5", "needs a reason");
    }

    @Test
    void a_password_never_goes_in_the_file() {
        refused("database:\n  url: jdbc:postgresql://db/app\n  password: secret\n", "line 3, column 3",
                "A password never goes in drift.yaml", "DRIFT_PASSWORD");
        refused("database:\n  url: jdbc:postgresql://db/app?user=a&password=secret\n", "line 2, column 8",
                "holds a password");
        ThrowingCallable load = () -> load("database:\n  url: jdbc:postgresql://db/app?password=secret\n");
        assertThatThrownBy(load).hasMessageNotContaining("secret");
    }

    @Test
    void the_same_option_set_twice_is_refused() {
        refused("checks:\n  required-objects:\n    tables: [public.a]\nrequire:\n  tables: [public.b]\n",
                "line 5, column 3", "already set at line 3");
    }

    @Test
    void yaml_mistakes_name_their_place() {
        refused("baseline: [a\n", "Not valid YAML");
        refused("fail-on: error\nfail-on: warning\n", "line 2, column 1", "written twice (first at line 1)");
        refused("- a\n- b\n", "must be a section of keys");
    }

    @Test
    void a_required_object_outside_the_schemas_is_refused() {
        refused("schemas: [public]\nrequire:\n  tables: [audit.log]\n", "line 3, column 12",
                "audit.log is in schema audit, which schemas leaves out");
    }

    @Test
    void every_table_of_the_baseline_needs_a_baseline() {
        refused("require:\n  baseline-tables: true\n", "line 2, column 3", "there is no baseline");
    }

    @Test
    void a_check_from_drift_postgres_is_named_when_missing_from_the_class_path() throws Exception {
        Path file = Files.writeString(dir.resolve("drift.yaml"), "row-counts:\n  public.users: 1\n");
        assertThatThrownBy(() -> DriftConfig.load(file)).hasMessageContainingAll("line 1, column 1",
                "row-counts", "io.drift:drift-postgres");
    }

    @Test
    void a_reference_database_needs_a_data_source_from_code() throws Exception {
        DriftConfig config = load("reference:\n  url: jdbc:postgresql://staging/app\n");
        assertThatThrownBy(() -> config.applyTo(CheckRunner.builder()))
                .hasMessageContaining("names a reference database").hasMessageContaining("applyTo(runner,");
        refused("baseline: baseline.json\nreference:\n  url: jdbc:postgresql://staging/app\n", "line 2, column 1",
                "not both");
    }

    @Test
    void a_builder_derives_a_config_as_the_command_line_does() throws Exception {
        DriftConfig config = load("require: {tables: [public.users]}\nfail-on: warning\n")
                .toBuilder()
                .require("public.orders", "public.orders.total")
                .rowCount(RowCountRule.atLeast("public.orders", 1))
                .failOn(Severity.ERROR)
                .build();
        assertThat(config.checkOptions().get("required-objects").strings("objects"))
                .containsExactly("public.orders", "public.orders.total");
        assertThat(config.checkOptions().get("required-objects").strings("tables")).containsExactly("public.users");
        assertThat(config.rowCounts()).extracting(RowCountRule::table).containsExactly(ObjectPath.of("public", "orders"));
        assertThat(config.failOn()).contains(Severity.ERROR);
        assertThatThrownBy(() -> DriftConfig.builder().require("public.")).isInstanceOf(DriftException.class)
                .hasMessageContaining("'public.' is not an object path");
        assertThatThrownBy(() -> DriftConfig.builder().baseline(dir.resolve("none.json")).build())
                .hasMessageContaining("does not exist");
    }

    @Test
    void a_check_can_be_turned_off_or_on_with_a_boolean() throws Exception {
        DriftConfig config = load("checks:\n  schema-drift: false\n  http: true\n");
        assertThat(config.disabledChecks()).containsExactly("schema-drift");
        assertThat(config.enabledChecks()).containsExactly("http");
        refused("checks:\n  http:\n    enabled: maybe\n", "line 3, column 14", "must be true or false");
    }
}
