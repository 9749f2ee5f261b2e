package io.drift.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.drift.core.check.CheckReport;
import io.drift.core.report.RenderContext;

import java.io.InputStream;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The text and JSON formats of a check report: what a person and a program read. */
class CheckReportFormatsTest {

    private static final RenderContext CONTEXT = RenderContext.of("drift.yaml", "postgresql://db.example:5432/app");

    @Test
    void text_lists_each_check_with_its_findings_and_ends_with_the_verdict() {
        String text = Renderers.text().renderToString(SampleCheckReports.report(), CONTEXT);
        assertThat(text).startsWith("Database: postgresql://db.example:5432/app\nChecks:   drift.yaml\n\n");
        assertThat(text).contains("PASSED   connectivity")
                .contains("FAILED   schema-drift")
                .contains("  ERROR    DRIFT-TABLE-MISSING  table public.security_detections is missing\n"
                        + "           fix: Apply the migration that creates it.\n")
                .contains("fix (sql): CREATE INDEX CONCURRENTLY \"orders_customer_id_idx\"")
                .contains("  suppressed WARNING  PG-FK-WITHOUT-INDEX")
                .contains("suppressed until 2027-06-30: Read once a year")
                .contains("ERRORED  flyway.status")
                .contains("SKIPPED  pg.bloat");
        assertThat(text).endsWith("\nERRORED: 6 checks (2 failed, 1 errored, 1 warned, 1 passed, 1 skipped);"
                + " 2 errors, 1 warning, 1 suppressed in 911 ms.\n");
    }

    @Test
    void text_escapes_control_characters_from_the_database() {
        CheckReport report = SampleCheckReports.report();
        String text = Renderers.text().renderToString(report,
                RenderContext.of("a\u001B[31m.yaml", "db\u009B"));
        assertThat(text).doesNotContain("\u001B").doesNotContain("\u009B").contains("a\\u001B[31m.yaml");
    }

    @Test
    void json_validates_against_the_published_schema_and_keeps_every_field() throws Exception {
        String json = Renderers.json().renderToString(SampleCheckReports.report(), CONTEXT);
        JsonNode node = new ObjectMapper().readTree(json);
        JsonSchema schema;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("io/drift/reporting/check-report-v1.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        Set<ValidationMessage> problems = schema.validate(node);
        assertThat(problems).isEmpty();
        assertThat(node.get("reportType").asText()).isEqualTo("check");
        assertThat(node.get("status").asText()).isEqualTo("errored");
        assertThat(node.at("/summary/byStatus/failed").asInt()).isEqualTo(2);
        assertThat(node.at("/summary/suppressed").asInt()).isEqualTo(1);
        JsonNode fk = node.at("/checks/2/findings/1");
        assertThat(fk.get("suppressed").asBoolean()).isTrue();
        assertThat(fk.at("/suppression/expires").asText()).isEqualTo("2027-06-30");
        assertThat(node.at("/checks/1/findings/0/difference/type").asText()).isEqualTo("missing");
        assertThat(node.at("/checks/1/findings/0/fix/type").asText()).isEqualTo("action");
    }

    @Test
    void the_schema_rejects_a_finding_without_a_code() throws Exception {
        String json = Renderers.json().renderToString(SampleCheckReports.report(), CONTEXT);
        com.fasterxml.jackson.databind.node.ObjectNode node =
                (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(json);
        ((com.fasterxml.jackson.databind.node.ObjectNode) node.at("/checks/1/findings/0")).remove("code");
        JsonSchema schema;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("io/drift/reporting/check-report-v1.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        assertThat(schema.validate(node)).isNotEmpty();
    }

    @Test
    void the_schema_holds_a_findings_difference_to_the_diff_reports_shape() throws Exception {
        JsonSchema schema;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("io/drift/reporting/check-report-v1.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        com.fasterxml.jackson.databind.node.ObjectNode hostile = (com.fasterxml.jackson.databind.node.ObjectNode)
                new ObjectMapper().readTree(Renderers.json().renderToString(Hostile.checkReport(), Hostile.CONTEXT));
        assertThat(schema.validate(hostile)).isEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) hostile.at("/checks/0/findings/0/difference"))
                .remove("pathParts");
        assertThat(schema.validate(hostile)).isNotEmpty();
    }
}
