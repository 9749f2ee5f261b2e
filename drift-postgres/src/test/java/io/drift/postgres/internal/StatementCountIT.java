package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.CaptureOptions;
import io.drift.core.model.Snapshot;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** One bulk query per catalog part: a database of 1,000 tables takes as many statements as one of 10. */
class StatementCountIT {

    private static final Logger log = LoggerFactory.getLogger(StatementCountIT.class);

    /**
     * Tables with a primary key, a foreign key, a check, an index, a default and a comment each; created 100 to a
     * transaction, which stays within the server's lock table.
     */
    private static void createTables(TestDatabase db, int count) {
        db.execute("CREATE TABLE parent (id int PRIMARY KEY)");
        for (int from = 1; from <= count; from += 100) {
            db.execute(tables(from, Math.min(count, from + 99)));
        }
    }

    private static String tables(int from, int to) {
        return "DO $$ BEGIN FOR i IN " + from + ".." + to + " LOOP\n"
                + "  EXECUTE format('CREATE TABLE t%s (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                + " parent_id int REFERENCES parent, name text NOT NULL DEFAULT ''x'' CHECK (name <> ''''),"
                + " created timestamptz DEFAULT now())', i);\n"
                + "  EXECUTE format('CREATE INDEX t%s_name_idx ON t%s (name)', i, i);\n"
                + "  EXECUTE format('COMMENT ON TABLE t%s IS ''table %s''', i, i);\n"
                + "END LOOP; END $$;";
    }

    @Test
    void the_readme_and_the_provider_javadoc_give_the_number_of_statements() throws java.io.IOException {
        int statements = CatalogQueries.all().size() + CatalogReader.SETUP_STATEMENTS;
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("../README.md")).replaceAll("\\s+", " "))
                .contains("fixed number of bulk queries (" + statements + ", whatever the number of tables)")
                .contains((statements + SecondConnection.SETUP_STATEMENTS) + " statements over the two");
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/main/java/io/drift/postgres/PostgresSnapshotProvider.java")))
                .contains("set the transaction up: " + statements + " in all");
    }

    @Test
    void the_number_of_statements_does_not_grow_with_the_number_of_tables() throws SQLException {
        TestPostgres postgres = TestPostgres.start();
        try (TestDatabase small = postgres.newDatabase(); TestDatabase large = postgres.newDatabase()) {
            createTables(small, 10);
            createTables(large, 1000);

            Counted smallCapture = capture(small);
            Counted largeCapture = capture(large);
            log.info("10 tables: {} statements in {} ms; 1,000 tables: {} statements in {} ms",
                    smallCapture.sent, smallCapture.result.duration().toMillis(), largeCapture.sent,
                    largeCapture.result.duration().toMillis());

            assertThat(smallCapture.result.snapshot().tables()).hasSize(11);
            assertThat(largeCapture.result.snapshot().tables()).hasSize(1001);
            assertThat(largeCapture.sent).isEqualTo(smallCapture.sent);
            // What the driver saw is what the orchestrator counted: two to set up, then one per catalog query.
            assertThat(smallCapture.sent).isEqualTo(smallCapture.result.statements())
                    .isEqualTo(CatalogQueries.all().size() + CatalogReader.SETUP_STATEMENTS);

            // With a second connection for the columns, still a fixed number: the columns query moves there, with
            // the statements that set its transaction up and import the first one's snapshot.
            int parallelSmall = parallel(small).statements();
            int parallelLarge = parallel(large).statements();
            assertThat(parallelLarge).isEqualTo(parallelSmall).isEqualTo(CatalogQueries.all().size()
                    + CatalogReader.SETUP_STATEMENTS + SecondConnection.SETUP_STATEMENTS);
        }
    }

    private record Counted(CatalogReader.Result result, int sent) {
    }

    private static Counted capture(TestDatabase db) throws SQLException {
        AtomicInteger executed = new AtomicInteger();
        try (Connection real = db.connect()) {
            CatalogReader.Result result = CatalogReader.capture(counting(real, executed), CaptureOptions.defaults());
            Snapshot snapshot = result.snapshot();
            assertThat(snapshot.size()).isPositive();
            return new Counted(result, executed.get());
        }
    }

    private static CatalogReader.Result parallel(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            return CatalogReader.capture(connection, db.dataSource(), CaptureOptions.defaults());
        }
    }

    /** A connection whose statements count every execution the driver is asked for. */
    private static Connection counting(Connection real, AtomicInteger executed) {
        return (Connection) Proxy.newProxyInstance(StatementCountIT.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Object value = invoke(real, method, args);
                    if (value instanceof Statement && method.getName().matches("createStatement|prepare.*")) {
                        Statement statement = (Statement) value;
                        Class<?>[] types = value.getClass().getInterfaces().length == 0
                                ? new Class<?>[] {Statement.class} : interfacesOf(value);
                        return Proxy.newProxyInstance(StatementCountIT.class.getClassLoader(), types,
                                (p, m, a) -> {
                                    if (m.getName().startsWith("execute")) {
                                        executed.incrementAndGet();
                                    }
                                    return invoke(statement, m, a);
                                });
                    }
                    return value;
                });
    }

    private static Class<?>[] interfacesOf(Object value) {
        java.util.Set<Class<?>> all = new java.util.LinkedHashSet<>();
        for (Class<?> c = value.getClass(); c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (java.sql.Statement.class.isAssignableFrom(i)) {
                    all.add(i);
                }
            }
        }
        return all.toArray(new Class<?>[0]);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
