package io.drift.test.junit5;

import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * Injects a {@link TestPostgres} (the shared server), a {@link TestDatabase} or a {@link DataSource} (a fresh database,
 * dropped after the test or, for a constructor or {@code @BeforeAll} parameter, after the class) into test methods and
 * lifecycle methods. With {@link Migrated}, the database is already migrated by Flyway.
 *
 * <pre>{@code
 * @ExtendWith(PostgresExtension.class)
 * @PostgresVersion(16)                      // optional
 * class UsersTableIT {
 *     @Test
 *     void has_a_primary_key(TestDatabase db) {
 *         db.execute("CREATE TABLE users (id bigint PRIMARY KEY)");
 *         Snapshot snapshot = Drift.capture(db.dataSource(), CaptureOptions.defaults());
 *         // assert on snapshot.table(ObjectPath.of("public", "users")).primaryKey()
 *     }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PostgresExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresExtension.class);

    /**
     * Starts the server before anything asks for it: a version that cannot be had skips the class here (an assumption
     * thrown while resolving a parameter would fail the test instead).
     */
    @Override
    public void beforeAll(ExtensionContext context) {
        TestPostgres.start(version(context));
    }

    /** The same for a method that asks for another version. */
    @Override
    public void beforeEach(ExtensionContext context) {
        TestPostgres.start(version(context));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestPostgres.class || type == TestDatabase.class || type == DataSource.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestPostgres postgres = TestPostgres.start(version(context));
        if (parameter.getParameter().getType() == TestPostgres.class) {
            return postgres;
        }
        Optional<Migrated> migrated = parameter.findAnnotation(Migrated.class)
                .or(() -> context.getTestClass().flatMap(PostgresExtension::findMigrated));
        TestDatabase database;
        if (migrated.isEmpty()) {
            database = postgres.newDatabase();
            // Stored values that are CloseableResource are closed when their context (test or class) ends.
            context.getStore(NAMESPACE).put(database.name(),
                    (ExtensionContext.Store.CloseableResource) database::close);
        } else {
            TestDatabase template = template(postgres, migrated.get(), context);
            if (migrated.get().shared()) {
                database = template;
            } else {
                database = postgres.newDatabase(template);
                context.getStore(NAMESPACE).put(database.name(),
                        (ExtensionContext.Store.CloseableResource) database::close);
            }
        }
        return parameter.getParameter().getType() == DataSource.class ? database.dataSource() : database;
    }

    /** The class's migrated database for this server and configuration: migrated once, dropped after the class. */
    private static TestDatabase template(TestPostgres postgres, Migrated migrated, ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getParent().isPresent() && classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().get();
        }
        String key = "migrated:" + postgres.majorVersion() + ":" + String.join(",", migrated.locations()) + ":"
                + String.join(",", migrated.schemas()) + ":" + String.join(",", migrated.placeholders());
        ExtensionContext.Store store = classContext.getStore(NAMESPACE);
        MigratedDatabase found = store.getOrComputeIfAbsent(key, k -> {
            requireFlyway();
            TestDatabase database = postgres.newDatabase();
            try {
                FlywayMigrator.migrate(database, migrated);
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
            return new MigratedDatabase(database);
        }, MigratedDatabase.class);
        return found.database;
    }

    private static void requireFlyway() {
        try {
            Class.forName("org.flywaydb.core.Flyway", false, PostgresExtension.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("@Migrated needs Flyway on the test class path: add"
                    + " org.flywaydb:flyway-core and org.flywaydb:flyway-database-postgresql (test scope).", e);
        }
    }

    /** Dropped when the class's store closes. */
    private static final class MigratedDatabase implements ExtensionContext.Store.CloseableResource {
        private final TestDatabase database;

        MigratedDatabase(TestDatabase database) {
            this.database = database;
        }

        @Override
        public void close() {
            database.close();
        }
    }

    private static Optional<Migrated> findMigrated(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            Migrated m = c.getAnnotation(Migrated.class);
            if (m != null) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static int version(ExtensionContext context) {
        return find(context.getElement()).or(() -> context.getTestClass().flatMap(PostgresExtension::find))
                .orElseGet(TestPostgres::defaultVersion);
    }

    private static Optional<Integer> find(Optional<? extends AnnotatedElement> element) {
        return element.map(e -> e.getAnnotation(PostgresVersion.class)).map(PostgresVersion::value);
    }

    private static Optional<Integer> find(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            PostgresVersion v = c.getAnnotation(PostgresVersion.class);
            if (v != null) {
                return Optional.of(v.value());
            }
        }
        return Optional.empty();
    }
}
