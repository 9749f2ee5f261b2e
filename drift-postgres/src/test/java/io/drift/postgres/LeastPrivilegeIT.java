package io.drift.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.CaptureOptions;
import io.drift.core.model.Snapshot;
import io.drift.postgres.internal.CatalogReader;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.junit.jupiter.api.Test;

import java.sql.Connection;

/** A role that may only connect and use the schemas captures the same structure as the owner. */
class LeastPrivilegeIT {

    private static final String ROLE = "drift_least_privilege";

    @Test
    void a_role_with_only_connect_and_usage_captures_what_the_owner_captures() throws Exception {
        TestPostgres postgres = TestPostgres.start();
        postgres.createRole(ROLE, "least-secret");
        try (TestDatabase db = postgres.newDatabase()) {
            db.executeResource("fixtures/all-kinds/01-tables.sql")
                    .executeResource("fixtures/all-kinds/02-views-types-routines.sql");
            db.execute("REVOKE ALL ON DATABASE " + db.name() + " FROM PUBLIC;"
                    + "GRANT CONNECT ON DATABASE " + db.name() + " TO " + ROLE + ";"
                    + "DO $$ DECLARE s text; BEGIN"
                    + "  FOR s IN SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%'"
                    + "    AND nspname <> 'information_schema' LOOP"
                    + "    EXECUTE format('GRANT USAGE ON SCHEMA %I TO " + ROLE + "', s);"
                    + "  END LOOP; END $$;");

            PostgresSnapshotProvider provider = new PostgresSnapshotProvider();
            Snapshot asOwner;
            try (Connection owner = db.connect()) {
                asOwner = provider.capture(owner, CaptureOptions.defaults());
            }
            Snapshot asReader;
            try (Connection reader = PostgresConnections.open(db.jdbcUrl(), ROLE, "least-secret")) {
                asReader = provider.capture(reader, CaptureOptions.defaults());
            }
            assertThat(asReader.tables()).isNotEmpty();
            assertThat(io.drift.postgres.internal.CapturesAccess.differences(asOwner, asReader)).isEmpty();
            assertThat(asReader).isEqualTo(asOwner);

            // Exporting and importing the snapshot for the second connection needs no privilege either.
            CatalogReader.Result serial;
            CatalogReader.Result parallel;
            try (Connection reader = PostgresConnections.open(db.jdbcUrl(), ROLE, "least-secret")) {
                serial = CatalogReader.capture(reader, CaptureOptions.defaults());
                parallel = CatalogReader.capture(reader, PostgresConnections.dataSource(db.jdbcUrl(), ROLE,
                        "least-secret"), CaptureOptions.defaults());
            }
            assertThat(parallel.statements()).as("statements, with the second connection's")
                    .isGreaterThan(serial.statements());
            assertThat(parallel.snapshot()).isEqualTo(asOwner);
        }
    }
}
