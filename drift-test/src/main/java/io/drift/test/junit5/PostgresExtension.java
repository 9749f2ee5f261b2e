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

/**
 * Injects a {@link TestPostgres} (the shared server) or a {@link TestDatabase} (a fresh database, dropped after the
 * test or, for a constructor or {@code @BeforeAll} parameter, after the class) into test methods and lifecycle methods.
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
        return type == TestPostgres.class || type == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestPostgres postgres = TestPostgres.start(version(context));
        if (parameter.getParameter().getType() == TestPostgres.class) {
            return postgres;
        }
        TestDatabase database = postgres.newDatabase();
        // Stored values that are CloseableResource are closed when their context (test or class) ends.
        context.getStore(NAMESPACE).put(database.name(), (ExtensionContext.Store.CloseableResource) database::close);
        return database;
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
