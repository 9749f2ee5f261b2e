package io.drift.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import io.drift.core.diff.DifferenceType;
import io.drift.core.diff.Missing;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.diff.Severity;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.report.RenderContext;
import io.drift.reporting.internal.SarifRenderer;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SARIF output validates against the OASIS SARIF 2.1.0 JSON Schema (errata 01, kept in test resources as published in
 * the oasis-tcs/sarif-spec repository, {@code sarif-2.1/schema/sarif-schema-2.1.0.json}), and carries what a
 * code-scanning dashboard keys on.
 */
class SarifRendererTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final RenderContext CHECKS = RenderContext.of("drift.yaml", "postgresql://db.example:5432/app");
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifRendererTest.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    private static JsonNode valid(String sarif) throws Exception {
        JsonNode node = MAPPER.readTree(sarif);
        assertThat(schema.validate(node)).as(sarif).isEmpty();
        return node;
    }

    @Test
    void every_report_validates_against_the_sarif_schema() throws Exception {
        valid(FormatGoldenTest.render("sarif", SampleDiffs.sample(), SampleDiffs.CONTEXT));
        valid(FormatGoldenTest.render("sarif", SchemaDiff.empty(), SampleDiffs.CONTEXT));
        valid(FormatGoldenTest.render("sarif", Hostile.diff(), Hostile.CONTEXT));
        valid(FormatGoldenTest.render("sarif", SampleCheckReports.report(), CHECKS));
        valid(FormatGoldenTest.render("sarif", Hostile.checkReport(), Hostile.CONTEXT));
    }

    @Test
    void the_schema_is_strict_enough_to_catch_a_broken_log() throws Exception {
        ObjectNode log = (ObjectNode) MAPPER.readTree(FormatGoldenTest.render("sarif", SampleCheckReports.report(),
                CHECKS));
        ((ObjectNode) log.at("/runs/0/results/0")).put("level", "fatal");
        assertThat(schema.validate(log)).isNotEmpty();
        ObjectNode noVersion = (ObjectNode) MAPPER.readTree(FormatGoldenTest.render("sarif", SampleDiffs.sample(),
                SampleDiffs.CONTEXT));
        noVersion.remove("version");
        assertThat(schema.validate(noVersion)).isNotEmpty();
    }

    @Test
    void findings_are_results_keyed_by_their_code_with_the_catalogue_as_rules() throws Exception {
        JsonNode run = valid(FormatGoldenTest.render("sarif", SampleCheckReports.report(), CHECKS)).at("/runs/0");
        List<String> rules = new ArrayList<>();
        run.at("/tool/driver/rules").forEach(r -> rules.add(r.get("id").asText()));
        // Every code the checks declare, then the one a check used without declaring it.
        assertThat(rules).containsExactly("DRIFT-CONNECTION-SLOW", "DRIFT-TABLE-MISSING", "PG-FK-WITHOUT-INDEX",
                "FLYWAY-PENDING");
        JsonNode fkRule = run.at("/tool/driver/rules/2");
        assertThat(fkRule.at("/shortDescription/text").asText()).isEqualTo(SampleCheckReports.FK.title());
        assertThat(fkRule.at("/fullDescription/text").asText()).isEqualTo(SampleCheckReports.FK.help());
        assertThat(fkRule.get("helpUri").asText()).endsWith("/docs/checks.md#pg-fk-without-index");
        assertThat(fkRule.at("/defaultConfiguration/level").asText()).isEqualTo("warning");

        JsonNode results = run.get("results");
        assertThat(results).hasSize(4);
        for (JsonNode result : results) {
            assertThat(rules.get(result.get("ruleIndex").asInt())).isEqualTo(result.get("ruleId").asText());
        }
        JsonNode suppressed = results.get(2);
        assertThat(suppressed.at("/suppressions/0/kind").asText()).isEqualTo("external");
        assertThat(suppressed.at("/suppressions/0/justification").asText()).isEqualTo("Read once a year");
        assertThat(results.get(0).at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
                .isEqualTo("public.security_detections");
        assertThat(results.get(3).at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("%28database%29");
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isFalse();
        assertThat(run.at("/invocations/0/toolExecutionNotifications/0/descriptor/id").asText())
                .isEqualTo("flyway.status");
    }

    @Test
    void differences_are_results_with_one_stable_rule_per_kind_and_type() throws Exception {
        JsonNode run = valid(FormatGoldenTest.render("sarif", SampleDiffs.sample(), SampleDiffs.CONTEXT))
                .at("/runs/0");
        List<String> rules = new ArrayList<>();
        run.at("/tool/driver/rules").forEach(r -> rules.add(r.get("id").asText()));
        assertThat(rules).containsExactly("DRIFT-DIFF-SCHEMA-UNEXPECTED", "DRIFT-DIFF-TABLE-MISSING",
                "DRIFT-DIFF-TABLE-CHANGED", "DRIFT-DIFF-COLUMN-MISSING", "DRIFT-DIFF-COLUMN-CHANGED",
                "DRIFT-DIFF-INDEX-UNEXPECTED", "DRIFT-DIFF-VIEW-CHANGED", "DRIFT-DIFF-FUNCTION-MISSING");
        assertThat(SarifRenderer.ruleId(ObjectKind.FOREIGN_KEY, DifferenceType.UNEXPECTED))
                .isEqualTo("DRIFT-DIFF-FOREIGN-KEY-UNEXPECTED");
        JsonNode name = run.get("results").get(8);
        assertThat(name.get("ruleId").asText()).isEqualTo("DRIFT-DIFF-COLUMN-CHANGED");
        assertThat(name.at("/message/text").asText())
                .isEqualTo("changed column public.users.name (type): expected text, actual character varying(100)");
        assertThat(name.at("/properties/difference/actual").asText()).isEqualTo("character varying(100)");
        assertThat(name.get("level").asText()).isEqualTo("error");
        assertThat(run.get("results").get(5).get("level").asText()).isEqualTo("note");
    }

    @Test
    void fingerprints_follow_the_object_not_the_message_or_severity() throws Exception {
        ObjectPath users = ObjectPath.of("public", "users");
        String a = fingerprint(new Missing(ObjectKind.COLUMN, users.child("email"), Severity.ERROR));
        String b = fingerprint(new Missing(ObjectKind.COLUMN, users.child("email"), Severity.WARNING));
        String c = fingerprint(new Missing(ObjectKind.COLUMN, users.child("name"), Severity.ERROR));
        assertThat(a).isEqualTo(b).isNotEqualTo(c).hasSize(64);
    }

    private static String fingerprint(Missing d) throws Exception {
        return valid(FormatGoldenTest.render("sarif", SampleDiffs.diff(d), SampleDiffs.CONTEXT))
                .at("/runs/0/results/0/partialFingerprints/drift~1v1").asText();
    }

    @Test
    void hostile_names_are_exact_text_and_percent_encoded_locations() throws Exception {
        JsonNode results = valid(FormatGoldenTest.render("sarif", Hostile.diff(), Hostile.CONTEXT))
                .at("/runs/0/results");
        JsonNode img = results.get(1);
        assertThat(img.at("/locations/0/logicalLocations/0/name").asText()).isEqualTo(Hostile.IMG);
        assertThat(img.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("public/%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E");
        assertThat(results.get(3).at("/properties/difference/actual").asText()).isEqualTo(Hostile.MERMAID);
    }
}
