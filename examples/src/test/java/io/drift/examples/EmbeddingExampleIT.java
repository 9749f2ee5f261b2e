package io.drift.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.diff.DifferenceType;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding example against two real databases: the files it writes, and what they say. */
class EmbeddingExampleIT {

    private static TestDatabase staging;
    private static TestDatabase production;
    private static EmbeddingExample.Result result;
    private static String printed;

    @TempDir
    static Path dir;

    @BeforeAll
    static void compareAndReport() {
        staging = TestPostgres.start().newDatabase().execute(EmbeddingExample.STAGING);
        production = TestPostgres.start().newDatabase().execute(EmbeddingExample.PRODUCTION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Into a folder that does not exist yet, as a tool is often given.
        result = EmbeddingExample.run(staging.dataSource(), production.dataSource(), dir.resolve("reports"),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        printed = out.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void drop() {
        staging.close();
        production.close();
    }

    @Test
    void six_non_empty_reports_and_nothing_else() throws IOException {
        Path reports = dir.resolve("reports");
        assertThat(result.files()).extracting(p -> p.getFileName().toString()).containsExactly(
                "diff.html", "checks.html", "diff.md", "checks.md", "diff.sarif", "checks.sarif");
        for (Path file : result.files()) {
            assertThat(file).isRegularFile().isNotEmptyFile();
            assertThat(printed).contains(file.toAbsolutePath().toString());
        }
        try (Stream<Path> files = Files.list(reports)) {
            assertThat(files).as("no temporary file left behind").hasSize(6);
        }
        assertThat(printed).startsWith("# 4 differences between staging and production, ");
    }

    @Test
    void the_diff_has_each_drift() {
        assertThat(result.diff().differences()).extracting(d -> d.type() + " " + d.path()).containsExactlyInAnyOrder(
                DifferenceType.MISSING + " public.customers.Display <Name>",
                DifferenceType.MISSING + " public.invoices/invoices_customer_id_idx",
                DifferenceType.CHANGED + " public.invoices.total",
                DifferenceType.UNEXPECTED + " public.Import <2024> & Co");
    }

    @Test
    void sarif_parses_with_a_rule_per_kind_of_difference_and_per_finding_code() throws IOException {
        JsonNode diff = new ObjectMapper().readTree(dir.resolve("reports/diff.sarif").toFile());
        assertThat(diff.path("version").asText()).isEqualTo("2.1.0");
        assertThat(ruleIds(diff)).containsExactlyInAnyOrder("DRIFT-DIFF-COLUMN-MISSING", "DRIFT-DIFF-INDEX-MISSING",
                "DRIFT-DIFF-COLUMN-CHANGED", "DRIFT-DIFF-TABLE-UNEXPECTED");

        JsonNode checks = new ObjectMapper().readTree(dir.resolve("reports/checks.sarif").toFile());
        assertThat(ruleIds(checks)).containsExactlyInAnyOrder("PG-FK-WITHOUT-INDEX", "PG-TABLE-WITHOUT-PK");
        assertThat(checks.toString()).contains("invoices_customer_id_fkey", "Import <2024> & Co");
    }

    @Test
    void markdown_starts_with_the_verdict() throws IOException {
        String diff = Files.readString(dir.resolve("reports/diff.md"));
        String checks = Files.readString(dir.resolve("reports/checks.md"));

        assertThat(diff.lines().filter(l -> l.startsWith("## ")).findFirst()).hasValueSatisfying(heading ->
                assertThat(heading).contains("Schema drift: 4 differences (3 errors, 1 warning)"));
        assertThat(diff).contains("staging", "production", "invoices_customer_id_idx");
        assertThat(checks.lines().filter(l -> l.startsWith("## ")).findFirst()).hasValueSatisfying(heading ->
                assertThat(heading).contains("Checks warned"));   // the health findings are warnings
        assertThat(checks).contains("PG-FK-WITHOUT-INDEX", "PG-TABLE-WITHOUT-PK");
    }

    @Test
    void html_escapes_the_names_it_shows() throws IOException {
        String diff = Files.readString(dir.resolve("reports/diff.html"));
        String checks = Files.readString(dir.resolve("reports/checks.html"));

        for (String html : List.of(diff, checks)) {
            assertThat(html).startsWith("<!DOCTYPE html>").contains("Import &lt;2024&gt; &amp; Co")
                    .doesNotContain("<2024>");
        }
        assertThat(diff).contains("Display &lt;Name&gt;").doesNotContain("<Name>").contains("invoices_customer_id_idx");
    }

    private static List<String> ruleIds(JsonNode sarif) {
        List<String> ids = new ArrayList<>();
        sarif.path("runs").get(0).path("results").forEach(r -> ids.add(r.path("ruleId").asText()));
        return ids;
    }
}
