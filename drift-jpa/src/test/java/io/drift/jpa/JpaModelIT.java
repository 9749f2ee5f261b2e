package io.drift.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.core.Drift;
import io.drift.core.DriftException;
import io.drift.core.check.CheckOptions;
import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckResult;
import io.drift.core.check.CheckRunner;
import io.drift.core.check.Finding;
import io.drift.core.check.Status;
import io.drift.core.check.Suppression;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.diff.Severity;
import io.drift.core.model.ObjectGlob;
import io.drift.core.report.RenderContext;
import io.drift.core.report.TextRenderer;
import io.drift.jpa.sample.Shop;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;

import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sample entities ({@link Shop}) against databases that Flyway builds from {@code db/shop}: one that matches, and
 * one for each kind of drift, each found and reported with its code and severity.
 */
@ExtendWith(PostgresExtension.class)
class JpaModelIT {

    static final JpaSchemaSource ENTITIES = JpaSchemaSource.builder().entities(Shop.classes())
            .naming(JpaSchemaSource.Naming.SPRING).build();

    /** Builds the shop with its migrations, then applies {@code drift} as a hand-made change would. */
    static TestDatabase shop(TestDatabase db, String drift) {
        Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/shop").load().migrate();
        if (drift != null) {
            db.execute(drift);
        }
        return db;
    }

    static CheckResult check(TestDatabase db, CheckOptions... options) {
        return check(CheckRunner.builder().checks(JpaChecks.model(ENTITIES)).options(options), db);
    }

    static CheckResult check(CheckRunner.Builder runner, TestDatabase db) {
        CheckReport report = runner.build().run(db.dataSource());
        CheckResult result = report.result(JpaModelCheck.ID).orElseThrow();
        assertThat(result.findError()).isEmpty();
        return result;
    }

    static List<String> lines(CheckResult result) {
        return result.findings().stream()
                .map(f -> f.severity() + " " + f.code() + " " + f.object() + (f.isSuppressed() ? " (suppressed)" : ""))
                .toList();
    }

    @Test
    void the_database_the_migrations_build_matches_the_entities(TestDatabase db) {
        CheckResult result = check(shop(db, null));
        assertThat(result.findings()).isEmpty();
        assertThat(result.status()).isEqualTo(Status.PASSED);
        assertThat(result.summary()).startsWith("14 of 14 tables have an entity; 14 entity tables compared, all match");
    }

    @Test
    void a_missing_table_is_an_error_naming_the_entity(TestDatabase db) {
        CheckResult result = check(shop(db, "DROP TABLE bank_transfers"));
        assertThat(lines(result)).containsExactly("ERROR JPA-TABLE-MISSING public.bank_transfers");
        assertThat(result.findings().get(0).message())
                .isEqualTo("table public.bank_transfers is missing; entity BankTransfer maps it");
        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.summary()).startsWith("13 of 13 tables have an entity");
    }

    @Test
    void a_missing_column_is_an_error_with_the_sql_that_adds_it(TestDatabase db) {
        CheckResult result = check(shop(db, "ALTER TABLE customers DROP COLUMN postal_code"));
        assertThat(lines(result)).containsExactly("ERROR JPA-COLUMN-MISSING public.customers.postal_code");
        Finding f = result.findings().get(0);
        assertThat(f.message()).isEqualTo("column public.customers.postal_code is missing;"
                + " Customer.address.postalCode (String) maps it");
        assertThat(f.fix().text())
                .isEqualTo("ALTER TABLE public.customers ADD COLUMN postal_code character varying(20);");
    }

    @Test
    void a_narrower_column_is_an_error_a_wider_text_a_warning(TestDatabase db) {
        CheckResult result = check(shop(db, "ALTER TABLE customers ALTER COLUMN name TYPE varchar(50);"
                + " ALTER TABLE customers ALTER COLUMN email TYPE text;"
                + " ALTER TABLE products ALTER COLUMN sku TYPE varchar(64);"
                + " ALTER TABLE orders ALTER COLUMN placed_at TYPE timestamp;"
                + " ALTER TABLE stock ALTER COLUMN quantity TYPE bigint;"
                + " ALTER TABLE orders ALTER COLUMN version TYPE integer"));
        assertThat(lines(result)).containsExactly(
                "WARNING JPA-COLUMN-TYPE public.customers.email",
                "ERROR JPA-COLUMN-TYPE public.customers.name",
                "WARNING JPA-COLUMN-TYPE public.orders.placed_at",
                "ERROR JPA-COLUMN-TYPE public.orders.version",
                "INFO JPA-COLUMN-TYPE public.products.sku",
                "INFO JPA-COLUMN-TYPE public.stock.quantity");
        assertThat(result.findings().get(1).message()).isEqualTo("column public.customers.name is character"
                + " varying(50), Customer.name (String) maps character varying(100): the column is narrower: it"
                + " holds 50 characters, the entity writes up to 100, so a longer value fails on insert or update");
        assertThat(result.status()).isEqualTo(Status.FAILED);
    }

    @Test
    void a_nullable_column_the_entity_requires_is_reported(TestDatabase db) {
        CheckResult result = check(shop(db, "ALTER TABLE orders ALTER COLUMN placed_at DROP NOT NULL;"
                + " ALTER TABLE order_lines ALTER COLUMN quantity DROP NOT NULL;"
                + " ALTER TABLE products ALTER COLUMN vendor SET NOT NULL"));
        assertThat(lines(result)).containsExactly(
                "ERROR JPA-NULLABILITY public.order_lines.quantity",
                "WARNING JPA-NULLABILITY public.orders.placed_at",
                "WARNING JPA-NULLABILITY public.products.vendor");
        assertThat(result.findings().get(0).message()).isEqualTo("column public.order_lines.quantity accepts NULL,"
                + " but OrderLine.quantity (int) is required and primitive (int): loading a row with NULL fails");
        assertThat(result.findings().get(1).fix().text())
                .isEqualTo("ALTER TABLE public.orders ALTER COLUMN placed_at SET NOT NULL;");
    }

    @Test
    void tables_without_an_entity_are_counted_listed_and_suppressible(TestDatabase db) {
        shop(db, "CREATE TABLE audit_log (id bigint PRIMARY KEY, payload jsonb);"
                + " CREATE TABLE legacy_imports (line text);"
                + " CREATE SCHEMA reporting; CREATE TABLE reporting.daily_sales (day date PRIMARY KEY)");
        CheckResult result = check(db);
        assertThat(lines(result)).containsExactly(
                "INFO JPA-TABLE-UNMAPPED public.audit_log",
                "INFO JPA-TABLE-UNMAPPED public.legacy_imports",
                "INFO JPA-TABLE-UNMAPPED reporting.daily_sales");
        assertThat(result.summary()).startsWith("14 of 17 tables have an entity");
        assertThat(result.status()).isEqualTo(Status.PASSED);

        CheckResult warned = check(CheckRunner.builder().checks(JpaChecks.model(ENTITIES))
                .options(CheckOptions.of(JpaModelCheck.ID, Map.of("unmapped-severity", "warning")))
                .suppressions(Suppression.of("JPA-TABLE-UNMAPPED", "written by the audit trigger")
                        .forObjects(ObjectGlob.of("public.audit_*"))), db);
        assertThat(lines(warned)).containsExactly(
                "WARNING JPA-TABLE-UNMAPPED public.audit_log (suppressed)",
                "WARNING JPA-TABLE-UNMAPPED public.legacy_imports",
                "WARNING JPA-TABLE-UNMAPPED reporting.daily_sales");
        assertThat(warned.status()).isEqualTo(Status.WARNED);

        CheckResult excluded = check(db, CheckOptions.of(JpaModelCheck.ID, Map.of("exclude", List.of("reporting.*"))));
        assertThat(excluded.summary()).startsWith("14 of 16 tables have an entity");
    }

    @Test
    void ids_sequences_and_unmapped_required_columns_that_break_inserts(TestDatabase db) {
        CheckResult result = check(shop(db, "ALTER SEQUENCE product_seq INCREMENT BY 1;"
                + " DROP SEQUENCE orders_seq;"
                + " ALTER TABLE payments ALTER COLUMN id DROP IDENTITY;"
                + " ALTER TABLE warehouses ADD COLUMN region text NOT NULL, ADD COLUMN note text"));
        assertThat(lines(result)).containsExactly(
                "ERROR JPA-SEQUENCE-MISSING public.orders_seq",
                "ERROR JPA-ID-NOT-GENERATED public.payments.id",
                "ERROR JPA-SEQUENCE-INCREMENT public.product_seq",
                "INFO JPA-COLUMN-UNMAPPED public.warehouses.note",
                "ERROR JPA-COLUMN-REQUIRED-UNMAPPED public.warehouses.region");
    }

    @Test
    void missing_keys_and_indexes_are_warnings_named_as_declared(TestDatabase db) {
        CheckResult result = check(shop(db, "DROP INDEX idx_products_name;"
                + " ALTER TABLE products DROP CONSTRAINT uk_products_vendor_code;"
                + " ALTER TABLE customers DROP CONSTRAINT customers_email_key;"
                + " ALTER TABLE stock DROP CONSTRAINT stock_warehouse_id_fkey;"
                + " ALTER TABLE warehouse_docks DROP CONSTRAINT warehouse_docks_pkey"));
        assertThat(lines(result)).containsExactly(
                "WARNING JPA-UNIQUE-MISSING public.customers/UKrfbvkrffamfql7cjmen8v976v",
                "WARNING JPA-INDEX-MISSING public.products/idx_products_name",
                "WARNING JPA-UNIQUE-MISSING public.products/uk_products_vendor_code",
                "WARNING JPA-FOREIGN-KEY-MISSING public.stock/FKpx2sjs5k0wdolrps3puo2skaw",
                "WARNING JPA-PRIMARY-KEY-MISSING public.warehouse_docks/warehouse_docks_pkey");
    }

    @Test
    void a_unique_index_serves_as_the_declared_unique_constraint(TestDatabase db) {
        CheckResult result = check(shop(db, "ALTER TABLE customers DROP CONSTRAINT customers_email_key;"
                + " CREATE UNIQUE INDEX customers_email_uq ON customers (email)"));
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void the_library_diff_reports_through_the_source_s_declaration(TestDatabase db) {
        shop(db, "ALTER TABLE customers ALTER COLUMN email TYPE text; DROP TABLE stock");
        SchemaDiff diff = Drift.configure().expected(ENTITIES).load().diff(db.dataSource());
        assertThat(diff.differences()).map(Object::toString).containsExactly(
                "WARNING: changed column public.customers.email type: expected character varying(255), actual text",
                "ERROR: missing table public.stock");
    }

    @Test
    void options_find_the_entities_for_a_discovered_check(TestDatabase db) {
        shop(db, null);
        CheckRunner.Builder runner = CheckRunner.builder().providers(new JpaCheckProvider())
                .enable(JpaModelCheck.ID)
                .options(CheckOptions.of(JpaModelCheck.ID, Map.of("packages", "io.drift.jpa.sample",
                        "naming", "spring")));
        CheckResult result = check(runner, db);
        assertThat(result.findings()).isEmpty();
        assertThat(result.summary()).startsWith("14 of 14 tables have an entity");

        CheckReport unconfigured = CheckRunner.builder().providers(new JpaCheckProvider()).enable(JpaModelCheck.ID)
                .build().run(db.dataSource());
        assertThat(unconfigured.result(JpaModelCheck.ID).orElseThrow().status()).isEqualTo(Status.SKIPPED);

        CheckReport wrongPackage = CheckRunner.builder().providers(new JpaCheckProvider()).enable(JpaModelCheck.ID)
                .options(CheckOptions.of(JpaModelCheck.ID, Map.of("packages", "io.drift.nothing")))
                .build().run(db.dataSource());
        CheckResult errored = wrongPackage.result(JpaModelCheck.ID).orElseThrow();
        assertThat(errored.status()).isEqualTo(Status.ERRORED);
        assertThat(errored.summary()).contains("No entity in package io.drift.nothing");
    }

    @Test
    void an_entity_may_map_a_view(TestDatabase db) {
        shop(db, null);
        List<Class<?>> classes = new java.util.ArrayList<>(Shop.classes());
        classes.add(io.drift.jpa.views.OrderTotal.class);
        JpaSchemaSource withView = JpaSchemaSource.builder().entities(classes)
                .naming(JpaSchemaSource.Naming.SPRING).build();
        CheckResult result = check(CheckRunner.builder().checks(JpaChecks.model(withView)), db);
        assertThat(result.findings()).isEmpty();
        assertThat(result.summary()).startsWith("14 of 14 tables have an entity (and an entity maps a view)");
    }

    @Test
    void the_report_reads_well(TestDatabase db) {
        shop(db, "ALTER TABLE customers ALTER COLUMN name TYPE varchar(50); CREATE TABLE audit_log (id bigint)");
        CheckReport report = CheckRunner.builder().checks(JpaChecks.model(ENTITIES)).build().run(db.dataSource());
        String text = new TextRenderer().renderToString(report, RenderContext.of("the entities", db.name()));
        assertThat(text).contains("jpa.model", "14 of 15 tables have an entity",
                "JPA-COLUMN-TYPE", "public.customers.name", "JPA-TABLE-UNMAPPED", "public.audit_log");
        assertThat(report.exitCode(Severity.ERROR)).isEqualTo(CheckReport.EXIT_FAILED);
    }

    @Test
    void a_source_that_cannot_be_read_errors_the_check_with_the_cause(TestDatabase db) {
        shop(db, null);
        JpaSchemaSource notEntities = JpaSchemaSource.builder().entities(String.class).build();
        assertThat(errored(db, notEntities)).contains("None of the classes given is an entity (java.lang.String)");
        JpaSchemaSource broken = JpaSchemaSource.builder().entities(io.drift.jpa.broken.Broken.class).build();
        assertThat(errored(db, broken)).contains("Hibernate cannot map the entities", "Broken.target");
        assertThatThrownBy(broken::load).isInstanceOf(DriftException.class)
                .extracting(e -> ((DriftException) e).reason()).isEqualTo(DriftException.Reason.INVALID_ARGUMENT);
    }

    private static String errored(TestDatabase db, JpaSchemaSource source) {
        CheckReport report = CheckRunner.builder().checks(JpaChecks.model(source)).build().run(db.dataSource());
        CheckResult result = report.result(JpaModelCheck.ID).orElseThrow();
        assertThat(result.status()).isEqualTo(Status.ERRORED);
        return result.summary();
    }
}
