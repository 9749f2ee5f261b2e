package io.drift.flyway.internal;

import io.drift.core.DriftException;
import io.drift.flyway.AppliedMigration;
import io.drift.flyway.HistoryTable;
import io.drift.flyway.MigrationHistory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;

/** Reads a history table directly: where it is, then its rows; two queries in a read-only session. */
public final class HistoryReader {

    private HistoryReader() {
    }

    /**
     * @param configuration where the history table is
     * @param database      the database (only read)
     * @param timeout       how long one statement may run
     * @return its history
     */
    public static MigrationHistory read(Configuration configuration, DataSource database, Duration timeout) {
        DataSource readOnly = new ReadOnlyDataSource(database, timeout, StatusReader.LOCK_TIMEOUT);
        try {
            HistoryTable table = Flyways.locate(configuration, readOnly);
            if (!table.exists()) {
                return new MigrationHistory(table, List.of());
            }
            List<AppliedMigration> rows = new ArrayList<>();
            try (Connection c = readOnly.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT installed_rank, version, description, type, script, checksum,"
                         + " success, installed_on FROM " + Identifiers.qualified(table.schema(), table.table())
                         + " ORDER BY installed_rank")) {
                while (rs.next()) {
                    int checksum = rs.getInt(6);
                    Integer boxed = rs.wasNull() ? null : checksum;
                    Timestamp on = rs.getTimestamp(8);
                    rows.add(new AppliedMigration(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), boxed, rs.getBoolean(7), on == null ? null : on.toInstant()));
                }
            }
            return new MigrationHistory(table, rows);
        } catch (SQLException e) {
            throw new DriftException("42501".equals(e.getSQLState()) ? DriftException.Reason.PERMISSION_DENIED
                    : DriftException.Reason.OTHER, "Cannot read Flyway's history table (" + e.getMessage() + ")."
                    + ("42501".equals(e.getSQLState()) ? " Grant SELECT on it to the role Drift connects as." : ""),
                    e);
        }
    }
}
