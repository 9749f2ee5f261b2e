package io.drift.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.core.Drift;
import io.drift.core.check.CheckReport;
import io.drift.core.check.ChecksFailedException;
import io.drift.core.diff.SchemaDiff;
import io.drift.jpa.sample.Customer;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The snippets of README.md and docs/jpa.md, as written there, against the sample model's database. */
@ExtendWith(PostgresExtension.class)
class JpaReadmeExamplesIT {

    static CheckReport guard(DataSource dataSource, EntityManagerFactory entityManagerFactory) {
        // [jpa-guard]
        CheckReport report = Drift.guard(dataSource)
                .checks(JpaChecks.model(entityManagerFactory))   // or a SessionFactory: the mapping the application runs with
                .build()
                .run();                                          // throws ChecksFailedException on an error-severity finding
        // [jpa-guard]
        return report;
    }

    static SchemaDiff diff(DataSource dataSource) {
        // [jpa-diff]
        JpaSchemaSource entities = JpaSchemaSource.builder()
                .packages(Customer.class.getPackageName())        // or .entities(Customer.class, …), or .persistenceUnit("shop")
                .naming(JpaSchemaSource.Naming.SPRING)           // Spring Boot's snake_case names
                .build();
        SchemaDiff diff = Drift.configure().expected(entities).load().diff(dataSource);
        // [jpa-diff]
        return diff;
    }

    @Test
    void the_startup_guard_with_the_application_s_factory(TestDatabase db) {
        JpaModelIT.shop(db, null);
        StandardServiceRegistry registry = HibernateValidateIT.registry(db, "none");
        try (EntityManagerFactory emf = HibernateValidateIT.sources(registry).buildMetadata().buildSessionFactory()) {
            CheckReport report = guard(db.dataSource(), emf);
            assertThat(report.result(JpaModelCheck.ID).orElseThrow().findings()).isEmpty();

            db.execute("ALTER TABLE customers DROP COLUMN email");
            assertThatThrownBy(() -> guard(db.dataSource(), emf)).isInstanceOf(ChecksFailedException.class)
                    .hasMessageContaining("JPA-COLUMN-MISSING").hasMessageContaining("public.customers.email");
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    @Test
    void a_diff_with_the_entities_as_the_expected_side(TestDatabase db) {
        JpaModelIT.shop(db, null);
        assertThat(diff(db.dataSource()).differences()).isEmpty();
        db.execute("CREATE TABLE audit_log (id bigint)");
        assertThat(diff(db.dataSource()).differences()).map(Object::toString)
                .containsExactly("WARNING: unexpected table public.audit_log");
    }
}
