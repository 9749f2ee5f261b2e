package io.drift.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.check.CheckResult;
import io.drift.core.check.CheckRunner;
import io.drift.core.diff.Differ;
import io.drift.core.model.Snapshot;
import io.drift.jpa.internal.SpringImplicitNaming;
import io.drift.jpa.sample.Shop;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hibernate's own {@code hibernate.hbm2ddl.auto=validate} on the same databases as {@link JpaModelIT}, next to Drift:
 * what validate misses (written down in docs/jpa.md), and the application's own {@code SessionFactory} handed to
 * {@link JpaChecks#model(jakarta.persistence.EntityManagerFactory)}.
 */
@ExtendWith(PostgresExtension.class)
class HibernateValidateIT {

    /** The outcome of Hibernate's validate: {@code null} when it passed, else its message. */
    static String validate(TestDatabase db) {
        StandardServiceRegistry registry = registry(db, "validate");
        try (SessionFactory sf = sources(registry).buildMetadata().buildSessionFactory()) {
            return null;
        } catch (RuntimeException e) {
            Throwable t = e;
            while (t.getCause() != null && !(t instanceof org.hibernate.tool.schema.spi.SchemaManagementException)) {
                t = t.getCause();
            }
            return t.getMessage();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    static StandardServiceRegistry registry(TestDatabase db, String action) {
        return new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", db.jdbcUrl())
                .applySetting("hibernate.connection.username", db.user())
                .applySetting("hibernate.connection.password", db.password())
                .applySetting("hibernate.hbm2ddl.auto", action)
                .applySetting("hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy")
                .applySetting("hibernate.implicit_naming_strategy", SpringImplicitNaming.class.getName())
                .build();
    }

    static MetadataSources sources(StandardServiceRegistry registry) {
        MetadataSources sources = new MetadataSources(registry);
        Shop.classes().forEach(sources::addAnnotatedClass);
        return sources;
    }

    static List<String> drift(TestDatabase db) {
        CheckResult result = JpaModelIT.check(db);
        List<String> out = new ArrayList<>();
        result.findings().forEach(f -> out.add(f.severity() + " " + f.code() + " " + f.object()));
        return out;
    }

    @Test
    void both_pass_on_the_database_the_migrations_build(TestDatabase db) {
        JpaModelIT.shop(db, null);
        assertThat(validate(db)).isNull();
        assertThat(drift(db)).isEmpty();
    }

    @Test
    void validate_stops_at_the_first_missing_object_drift_reports_all(TestDatabase db) {
        JpaModelIT.shop(db, "DROP TABLE bank_transfers; ALTER TABLE customers DROP COLUMN postal_code;"
                + " DROP TABLE warehouse_docks");
        assertThat(validate(db)).startsWith("Schema validation: missing table [");
        assertThat(drift(db)).containsExactly(
                "ERROR JPA-TABLE-MISSING public.bank_transfers",
                "ERROR JPA-COLUMN-MISSING public.customers.postal_code",
                "ERROR JPA-TABLE-MISSING public.warehouse_docks");
    }

    @Test
    void validate_compares_type_names_not_lengths_nor_time_zones(TestDatabase db) {
        JpaModelIT.shop(db, "ALTER TABLE customers ALTER COLUMN name TYPE varchar(50);"
                + " ALTER TABLE customers ALTER COLUMN email TYPE text;"
                + " ALTER TABLE orders ALTER COLUMN placed_at TYPE timestamp;"
                + " ALTER TABLE products ALTER COLUMN price TYPE numeric(6,2)");
        assertThat(validate(db)).isNull();
        assertThat(drift(db)).containsExactly(
                "WARNING JPA-COLUMN-TYPE public.customers.email",
                "ERROR JPA-COLUMN-TYPE public.customers.name",
                "WARNING JPA-COLUMN-TYPE public.orders.placed_at",
                "ERROR JPA-COLUMN-TYPE public.products.price");
    }

    @Test
    void validate_refuses_a_narrower_integer_as_drift_does(TestDatabase db) {
        JpaModelIT.shop(db, "ALTER TABLE orders ALTER COLUMN version TYPE integer");
        assertThat(validate(db)).contains("wrong column type encountered in column [version]");
        assertThat(drift(db)).containsExactly("ERROR JPA-COLUMN-TYPE public.orders.version");
    }

    @Test
    void validate_ignores_nullability_unmapped_tables_and_columns_and_identity(TestDatabase db) {
        JpaModelIT.shop(db, "ALTER TABLE order_lines ALTER COLUMN quantity DROP NOT NULL;"
                + " ALTER TABLE payments ALTER COLUMN id DROP IDENTITY;"
                + " ALTER TABLE warehouses ADD COLUMN region text NOT NULL;"
                + " CREATE TABLE audit_log (id bigint PRIMARY KEY)");
        assertThat(validate(db)).isNull();
        assertThat(drift(db)).containsExactly(
                "INFO JPA-TABLE-UNMAPPED public.audit_log",
                "ERROR JPA-NULLABILITY public.order_lines.quantity",
                "ERROR JPA-ID-NOT-GENERATED public.payments.id",
                "ERROR JPA-COLUMN-REQUIRED-UNMAPPED public.warehouses.region");
    }

    @Test
    void validate_ignores_keys_and_indexes(TestDatabase db) {
        JpaModelIT.shop(db, "DROP INDEX idx_products_name; ALTER TABLE customers DROP CONSTRAINT customers_email_key;"
                + " ALTER TABLE stock DROP CONSTRAINT stock_warehouse_id_fkey");
        assertThat(validate(db)).isNull();
        assertThat(drift(db)).hasSize(3);
    }

    @Test
    void a_sequence_increment_below_the_allocation_size(TestDatabase db) {
        JpaModelIT.shop(db, "ALTER SEQUENCE product_seq INCREMENT BY 1");
        String validate = validate(db);
        assertThat(drift(db)).containsExactly("ERROR JPA-SEQUENCE-INCREMENT public.product_seq");
        // Hibernate refuses the mismatch when it builds the factory (its sequence mismatch strategy), with or
        // without validate.
        assertThat(validate).contains("product_seq");
    }

    @Test
    void the_application_s_own_session_factory_gives_the_same_schema(TestDatabase db) {
        JpaModelIT.shop(db, "ALTER TABLE customers ALTER COLUMN name TYPE varchar(50)");
        StandardServiceRegistry registry = registry(db, "none");
        try (SessionFactory sf = sources(registry).buildMetadata().buildSessionFactory()) {
            Snapshot fromFactory = JpaSchemaSource.of(sf).load();
            // (equal but for column positions, which follow the order Hibernate met the classes in)
            assertThat(Differ.standard().diff(JpaModelIT.ENTITIES.load(), fromFactory).differences()).isEmpty();
            CheckResult result = JpaModelIT.check(CheckRunner.builder().checks(JpaChecks.model(sf)), db);
            assertThat(result.findings()).extracting(f -> f.code() + " " + f.object())
                    .containsExactly("JPA-COLUMN-TYPE public.customers.name");

            // Without the integrator's capture, the mapping is rebuilt from the factory's classes and settings.
            new io.drift.jpa.internal.CapturedMetadata().disintegrate(
                    sf.unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class), null);
            assertThat(Differ.standard().diff(fromFactory, JpaSchemaSource.of(sf).load()).differences()).isEmpty();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
