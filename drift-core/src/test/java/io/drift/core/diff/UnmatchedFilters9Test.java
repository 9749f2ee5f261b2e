package io.drift.core.diff;

import static io.drift.core.Fixtures.schema;
import static io.drift.core.Fixtures.snapshot;
import static io.drift.core.Fixtures.table;
import static io.drift.core.Fixtures.vendor;
import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.diff.UnmatchedFilter.Filter;
import io.drift.core.Drift;
import io.drift.core.model.Snapshot;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 9 #4 and issue 8: a filter that matches nothing on either side is reported by the diff, which stays pure (no
 * logging): {@code --include 'pubic.*'} said "No drift" where the unfiltered diff had differences.
 */
class UnmatchedFilters9Test {

    private static final Snapshot EXPECTED = snapshot(schema("public"),
            table("public.users").column("id", "bigint").column("email", "text").build(),
            vendor("pg.range", "public.span"));
    private static final Snapshot ACTUAL = snapshot(schema("public"), schema("audit"),
            table("public.users").column("id", "bigint").build(),
            table("audit.log").column("at", "timestamptz").build());

    private static SchemaDiff diff(DiffOptions options) {
        return Differ.standard().diff(EXPECTED, ACTUAL, options);
    }

    @Test
    void a_typo_in_an_include_compares_nothing_and_says_so() {
        SchemaDiff typo = diff(DiffOptions.builder().includeObjects("pubic.*").build());

        assertThat(typo.differences()).isEmpty();
        assertThat(typo.unmatchedFilters()).containsExactly(new UnmatchedFilter(Filter.INCLUDE_OBJECTS, "pubic.*"));
        assertThat(typo.unmatchedFilters().get(0)).hasToString("includeObjects 'pubic.*' matches nothing");
        assertThat(typo.unmatchedFilters().get(0).filter().narrows()).isTrue();
        assertThat(diff(DiffOptions.defaults()).differences()).isNotEmpty();
    }

    @Test
    void a_glob_matched_by_a_column_or_on_one_side_only_matches() {
        SchemaDiff diff = diff(DiffOptions.builder()
                .includeObjects("public.users.email", "audit.*")
                .excludeObjects("**.at")
                .build());

        assertThat(diff.unmatchedFilters()).isEmpty();
    }

    @Test
    void every_kind_of_filter_is_reported_in_the_order_of_the_options() {
        SchemaDiff diff = diff(DiffOptions.builder()
                .ignoreVendorKinds("pg.rule", "pg.range")
                .excludeObjects("public.tmp_*")
                .includeObjects("public.*", "nowhere.*")
                .excludeSchemas("scratch")
                .includeSchemas("pubic", "pub*", "audit")
                .build());

        assertThat(diff.unmatchedFilters()).containsExactly(
                new UnmatchedFilter(Filter.INCLUDE_SCHEMAS, "pubic"),
                new UnmatchedFilter(Filter.EXCLUDE_SCHEMAS, "scratch"),
                new UnmatchedFilter(Filter.INCLUDE_OBJECTS, "nowhere.*"),
                new UnmatchedFilter(Filter.EXCLUDE_OBJECTS, "public.tmp_*"),
                new UnmatchedFilter(Filter.IGNORED_VENDOR_KINDS, "pg.rule"));
        assertThat(diff.unmatchedFilters()).filteredOn(u -> u.filter().narrows()).hasSize(2);
    }

    @Test
    void filtering_and_thresholds_keep_the_unmatched_filters() {
        SchemaDiff diff = diff(DiffOptions.builder().excludeObjects("public.nothing").build());

        assertThat(diff.differences()).isNotEmpty();
        assertThat(diff.atLeast(Severity.ERROR).unmatchedFilters()).isEqualTo(diff.unmatchedFilters()).hasSize(1);
        assertThat(diff.filter(d -> false).unmatchedFilters()).hasSize(1);
    }

    @Test
    void no_filter_no_report() {
        assertThat(diff(DiffOptions.defaults()).unmatchedFilters()).isEmpty();
        assertThat(new SchemaDiff(List.of()).unmatchedFilters()).isEmpty();
    }

    @Test
    void the_entry_point_returns_the_unmatched_filters_with_the_diff() {
        Drift drift = Drift.configure().expected(EXPECTED)
                .diffOptions(DiffOptions.builder().ignoreVendorKinds("pg.no-such-kind").build())
                .load();

        assertThat(drift.diff(ACTUAL).unmatchedFilters())
                .containsExactly(new UnmatchedFilter(Filter.IGNORED_VENDOR_KINDS, "pg.no-such-kind"));
    }
}
