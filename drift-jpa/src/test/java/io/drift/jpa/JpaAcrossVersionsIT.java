package io.drift.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.check.CheckResult;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.junit5.PostgresVersion;
import io.drift.test.postgres.TestDatabase;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The same migration and the same drift give the same findings on the oldest and newest supported majors (the
 * default one, 17, is {@link JpaModelIT}'s): type spellings, identity columns and constraint names differ in no way
 * the comparison sees.
 */
@ExtendWith(PostgresExtension.class)
class JpaAcrossVersionsIT {

    private static final String DRIFT = "ALTER TABLE customers ALTER COLUMN name TYPE varchar(50);"
            + " ALTER TABLE orders ALTER COLUMN placed_at TYPE timestamp; ALTER TABLE stock DROP COLUMN quantity;"
            + " ALTER TABLE order_lines ALTER COLUMN quantity DROP NOT NULL; CREATE TABLE audit_log (id bigint)";

    private static final List<String> FOUND = List.of(
            "INFO JPA-TABLE-UNMAPPED public.audit_log",
            "ERROR JPA-COLUMN-TYPE public.customers.name",
            "ERROR JPA-NULLABILITY public.order_lines.quantity",
            "WARNING JPA-COLUMN-TYPE public.orders.placed_at",
            "ERROR JPA-COLUMN-MISSING public.stock.quantity");

    private static void same(TestDatabase matching, TestDatabase drifted, int major) {
        assertThat(matching.majorVersion()).isEqualTo(major);
        CheckResult clean = JpaModelIT.check(JpaModelIT.shop(matching, null));
        assertThat(clean.findings()).isEmpty();
        assertThat(JpaModelIT.lines(JpaModelIT.check(JpaModelIT.shop(drifted, DRIFT)))).isEqualTo(FOUND);
    }

    @Test
    @PostgresVersion(12)
    void on_postgresql_12(TestDatabase matching, TestDatabase drifted) {
        same(matching, drifted, 12);
    }

    @Test
    @PostgresVersion(18)
    void on_postgresql_18(TestDatabase matching, TestDatabase drifted) {
        same(matching, drifted, 18);
    }

    @Test
    void on_the_default_major(TestDatabase matching, TestDatabase drifted) {
        assertThat(JpaModelIT.lines(JpaModelIT.check(JpaModelIT.shop(drifted, DRIFT)))).isEqualTo(FOUND);
        assertThat(JpaModelIT.check(JpaModelIT.shop(matching, null)).findings()).isEmpty();
    }
}
