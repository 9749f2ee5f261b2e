package io.drift.flyway.sample.java;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** The sample set's Java migration: an enum type whose name has a space, and a column of it. */
public class V3__Order_statuses extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("CREATE TYPE \"order status\" AS ENUM ('new', 'paid', 'shipped')");
            s.execute("ALTER TABLE orders ADD COLUMN status \"order status\" NOT NULL DEFAULT 'new'");
        }
    }
}
