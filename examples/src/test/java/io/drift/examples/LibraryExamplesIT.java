package io.drift.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.core.DriftException;
import io.drift.core.diff.Changed;
import io.drift.core.diff.DifferenceType;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.Snapshot;
import io.drift.core.snapshot.SnapshotFiles;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the library examples against a real PostgreSQL, as a user's application would. */
class LibraryExamplesIT {

    private static final String SCHEMA = """
            CREATE TABLE users (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                email text NOT NULL UNIQUE,
                created_at timestamptz NOT NULL DEFAULT now()
            );
            CREATE TABLE orders (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                total numeric(12, 2) NOT NULL CHECK (total >= 0)
            );
            CREATE INDEX orders_user_id_idx ON orders (user_id);
            COMMENT ON TABLE users IS 'People who can sign in';
            """;

    @TempDir
    Path dir;

    private TestDatabase db;

    @BeforeEach
    void createDatabase() {
        db = TestPostgres.start().newDatabase().execute(SCHEMA);
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    @Test
    void baseline_is_written_and_reads_back_equal() {
        Path baseline = dir.resolve("schema/baseline.json");

        Snapshot written = BaselineExample.writeBaseline(db.dataSource(), baseline);

        assertThat(baseline).exists();
        assertThat(SnapshotFiles.read(baseline)).isEqualTo(written);
        assertThat(written.findTable(ObjectPath.of("public", "orders"))).isPresent();
    }

    @Test
    void startup_check_passes_on_an_unchanged_database_and_ignores_comments_and_scratch_tables() throws Exception {
        Path baseline = dir.resolve("baseline.json");
        BaselineExample.writeBaseline(db.dataSource(), baseline);
        db.execute("COMMENT ON TABLE users IS 'changed'; CREATE TABLE tmp_import (line text);");

        SchemaDiff diff = StartupCheckExample.checkAtStartup(db.dataSource(), baseline);

        assertThat(diff.differences()).isEmpty();
        assertThat(Files.readString(baseline)).contains("\"formatVersion\": 1");
    }

    @Test
    void startup_check_refuses_a_database_missing_an_index_and_with_a_changed_column() {
        Path baseline = dir.resolve("baseline.json");
        BaselineExample.writeBaseline(db.dataSource(), baseline);
        db.execute("DROP INDEX orders_user_id_idx; ALTER TABLE orders ALTER COLUMN total TYPE numeric(14, 2);");

        assertThatThrownBy(() -> StartupCheckExample.checkAtStartup(db.dataSource(), baseline))
                .isInstanceOf(DriftException.class)
                .hasMessageContaining("public.orders/orders_user_id_idx")
                .hasMessageContaining("public.orders.total")
                .hasMessageContaining("numeric(14,2)");
    }

    @Test
    void warnings_do_not_stop_the_application_but_are_returned() {
        Path baseline = dir.resolve("baseline.json");
        BaselineExample.writeBaseline(db.dataSource(), baseline);
        db.execute("CREATE INDEX users_created_at_idx ON users (created_at);");

        SchemaDiff diff = StartupCheckExample.checkAtStartup(db.dataSource(), baseline);

        assertThat(diff.differences()).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(DifferenceType.UNEXPECTED);
            assertThat(d.kind()).isEqualTo(ObjectKind.INDEX);
            assertThat(d.path()).hasToString("public.users/users_created_at_idx");
            assertThat(d).isNotInstanceOf(Changed.class);
        });
    }
}
