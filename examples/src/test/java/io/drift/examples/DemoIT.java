package io.drift.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Keeps bin/demo honest: the demo runs in every build and must tell the story the README promises, each of the four
 * problems found by the check and with the code the catalogue documents, nothing else found, and exit code 1.
 */
class DemoIT {

    @Test
    void drift_check_finds_the_pending_migration_the_drift_and_the_uncovered_foreign_key() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Demo.run(o, e);
        }
        String report = out.toString(StandardCharsets.UTF_8);
        String progress = err.toString(StandardCharsets.UTF_8);

        // 1: a check failed (docs/cli.md#exit-codes); not 3, which would mean a check could not run.
        assertThat(code).as("drift check's exit code:%n%s%s", report, progress).isEqualTo(1);
        assertThat(report).contains("$ drift check --config target/demo/drift.yaml");
        assertThat(progress).contains("Checks failed at --fail-on error: flyway.status, flyway.drift,"
                + " pg.fk-without-index (").contains(" 0 could not run");

        // One line per finding, as the text report prints them (its columns' padding aside): the four problems, and
        // V4's column, which is missing because V4 is pending; nothing else.
        List<String> findings = report.lines().filter(l -> l.matches("  (ERROR|WARNING|INFO) .*"))
                .map(l -> l.strip().replaceAll(" +", " ")).toList();
        assertThat(findings).containsExactly(
                // pending: production is at V3, the code has V4
                "ERROR FLYWAY-PENDING V4 \"add users last login\" (V4__add_users_last_login.sql) is not applied (the"
                        + " database is at V3).",
                // the index V2 creates, dropped during the incident
                "ERROR FLYWAY-DRIFT-MISSING index public.orders/orders_created_at_idx is missing: the migrations"
                        + " create it.",
                // the table made by hand
                "WARNING FLYWAY-DRIFT-UNEXPECTED table public.promo_codes is not created by any migration.",
                // what V4 will add
                "ERROR FLYWAY-DRIFT-MISSING column public.users.last_login_at is missing: the migrations create it.",
                // the foreign key V3 never indexed
                "WARNING PG-FK-WITHOUT-INDEX Foreign key order_items_order_id_fkey on public.order_items (order_id)"
                        + " has no index whose leading columns are its own: every delete or key update in the table"
                        + " it references scans public.order_items.");
        assertThat(report.lines().map(l -> l.replaceAll(" {2,}", " ")))
                .anyMatch(l -> l.startsWith("WARNED pg.fk-without-index ")
                        && l.endsWith(" 1 foreign key without an index"))
                .anyMatch(l -> l.startsWith("FAILED flyway.status ") && l.endsWith(" 1 pending"))
                .anyMatch(l -> l.startsWith("FAILED flyway.drift ")
                        && l.contains(" 3 differences from the schema the migrations V1 to V4 build (in temporary"
                        + " database drift_shadow_"))
                .contains(" fix (sql): CREATE INDEX CONCURRENTLY ON public.order_items (order_id);");
    }
}
