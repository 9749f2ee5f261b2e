package io.drift.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Keeps bin/demo honest: the demo runs in every build and must find the drift it was built to show, the five
 * differences the README promises, no more and no less.
 */
class DemoIT {

    @Test
    void demo_finds_the_five_differences_between_the_two_scripts() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Demo.run(o, e);
        }
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as("drift diff exit code: 1 means drift found:%n%s%s", report, err).isEqualTo(1);
        assertThat(report).contains("5 differences: 4 errors, 1 warning (1 missing, 1 unexpected, 3 changed)");
        // One line per difference, as the text report prints them (its columns' padding aside).
        List<String> differences = report.lines().filter(l -> l.matches("  (ERROR|WARNING|INFO) .*"))
                .map(l -> l.strip().replaceAll(" +", " ")).toList();
        assertThat(differences).containsExactly(
                "ERROR changed column public.customers.email (nullable)",   // NOT NULL dropped
                "ERROR changed column public.customers.email (type)",       // text became varchar(255)
                "ERROR changed enum public.order_status (labels)",          // 'refunded' added by hand
                "ERROR missing index public.orders/orders_customer_id_idx", // dropped "temporarily"
                "WARNING unexpected table public.orders_backup_2024");      // left behind after an incident
        assertThat(report).contains("expected: text\n             actual:   character varying(255)",
                "expected: new, paid, shipped\n             actual:   new, paid, shipped, refunded");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Drift found: 5 differences");
    }
}
