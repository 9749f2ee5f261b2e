package io.drift.postgres.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckResult;
import io.drift.core.check.CheckRunner;
import io.drift.core.check.Status;
import io.drift.core.diff.Severity;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The default set, with its default options, on the realistic application schemas of drift-postgres's corpus
 * ({@code drift-postgres/src/test/resources/corpus}), on the oldest major each accepts and on 18. What it reports is
 * exactly the list below, and each entry is a finding a maintainer of that schema would act on (docs/checks.md,
 * "On real schemas", says why for each, and which noise the defaults were changed to drop). None is an error, so the
 * default set passes (exit 0) at fail-on error on every one; the runtime-statistics checks are skipped, the
 * statistics of a fresh database being too young to tell.
 */
class CorpusHealthIT {

    private static final String FK = "PG-FK-WITHOUT-INDEX ";

    static final Map<String, List<String>> EXPECTED = Map.of(
            "saas_rails", List.of(
                    FK + "public.active_storage_attachments/fk_rails_c3b3935057",
                    FK + "public.comments/comments_author_id_fkey",
                    FK + "public.tasks/tasks_assignee_id_fkey",
                    FK + "public.tasks/tasks_parent_id_fkey"),
            "django_shop", List.of(
                    FK + "public.shop_orderline/shop_orderline_product_id_fk",
                    FK + "public.shop_product_related/shop_product_related_to_fk"),
            "pg_heavy", List.of(
                    FK + "billing.payments/payments_invoice_id_invoice_issued_on_fkey",
                    FK + "booking.reservations/reservations_room_id_fkey"),
            "job_queue", List.of(
                    "PG-TABLE-WITHOUT-PK queue.archive"),
            "gitlab_ci", List.of(
                    FK + "ci.p_ci_builds/fk_ci_builds_project",
                    FK + "public.routes/fk_679ff8213d",
                    "PG-INVALID-INDEX public.loose_foreign_keys_deleted_records/"
                            + "index_loose_foreign_keys_deleted_records_for_partitioned_query",
                    "PG-NOT-VALID-CONSTRAINT public.namespaces/check_8fb6fa9c04",
                    "PG-NOT-VALID-CONSTRAINT public.routes/fk_679ff8213d",
                    "PG-TABLE-AUTOVACUUM-OFF public.projects"),
            "discourse_forum", List.of(
                    FK + "public.categories/categories_parent_category_id_fkey",
                    FK + "public.group_users/group_users_user_id_fkey",
                    FK + "public.posts/posts_user_id_fkey",
                    FK + "public.topics/topics_category_id_fkey",
                    FK + "public.topics/topics_user_id_fkey",
                    FK + "public.users/users_primary_group_fk"),
            "api_ledger", List.of(
                    FK + "private.journal/journal_counter_account_fkey",
                    "PG-TABLE-WITHOUT-PK Audit.events"),
            "modern_pg14", List.of(
                    FK + "sched.bookings/bookings_room_id_fkey",
                    FK + "sched.rooms/rooms_parent_id_fkey"));

    static Stream<Arguments> schemas() {
        return EXPECTED.keySet().stream().sorted().flatMap(schema -> {
            int since = Math.max(12, since("corpus/" + schema + ".sql"));
            return Stream.of(since, 18).distinct().map(major -> Arguments.of(schema, major));
        });
    }

    @ParameterizedTest(name = "{0} on PostgreSQL {1}")
    @MethodSource("schemas")
    void the_default_set_reports_what_a_maintainer_would_act_on_and_nothing_else(String schema, int major) {
        try (TestDatabase db = TestPostgres.start(major).newDatabase()) {
            db.executeResource("corpus/" + schema + ".sql");
            CheckReport report = CheckRunner.builder().providers(new PostgresHealthChecks()).build()
                    .run(db.dataSource());
            assertThat(report.findings()).extracting(Health::describe).as(schema)
                    .containsExactlyElementsOf(EXPECTED.get(schema));
            assertThat(report.findings()).allMatch(f -> f.severity() == Severity.WARNING);
            assertThat(report.results()).filteredOn(r -> r.status() == Status.ERRORED)
                    .extracting(CheckResult::summary).isEmpty();
            assertThat(report.exitCode(Severity.ERROR)).isEqualTo(CheckReport.EXIT_OK);
            assertThat(report.result("pg.unused-index").orElseThrow().status()).isEqualTo(Status.SKIPPED);
        }
    }

    /** The oldest major a corpus schema runs on: 12 unless its first line reads {@code -- drift-corpus: since N}. */
    static int since(String script) {
        try (InputStream in = CorpusHealthIT.class.getClassLoader().getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalArgumentException("No corpus schema " + script);
            }
            String first = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            String marker = "-- drift-corpus: since ";
            return first != null && first.startsWith(marker) ? Integer.parseInt(first.substring(marker.length()).trim())
                    : 12;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
