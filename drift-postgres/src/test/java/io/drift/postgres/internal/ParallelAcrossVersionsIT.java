package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.CaptureOptions;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * On every available major (12 to 18), exporting the snapshot, importing it on a second connection and reading the
 * columns there gives what one connection gives, for the fixture that uses every kind of object.
 */
class ParallelAcrossVersionsIT {

    @Test
    void two_connections_give_one_connections_snapshot_on_every_version() throws SQLException {
        SoftAssertions softly = new SoftAssertions();
        List<Integer> compared = new ArrayList<>();
        for (int major : Majors.all()) {
            try (TestDatabase db = TestPostgres.start(major).newDatabase()) {
                db.executeResource(Captures.TABLES_FIXTURE).executeResource(KindsFixture.SCRIPT);
                CatalogReader.Result serial;
                CatalogReader.Result parallel;
                try (Connection connection = db.connect()) {
                    serial = CatalogReader.capture(connection, CaptureOptions.defaults());
                    parallel = CatalogReader.capture(connection, db.dataSource(), CaptureOptions.defaults());
                }
                softly.assertThat(parallel.statements()).as("PostgreSQL %d: statements over two connections", major)
                        .isEqualTo(serial.statements() + SecondConnection.SETUP_STATEMENTS);
                softly.assertThat(Captures.differences(serial.snapshot(), parallel.snapshot()))
                        .as("PostgreSQL %d: one connection against two", major).isEmpty();
                compared.add(major);
            }
        }
        softly.assertAll();
        assertThat(compared).as("versions compared").containsExactlyElementsOf(Majors.all());
    }
}
