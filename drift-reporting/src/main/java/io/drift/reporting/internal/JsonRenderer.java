package io.drift.reporting.internal;

import com.fasterxml.jackson.core.JsonGenerator;

import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckResult;
import io.drift.core.check.CheckTag;
import io.drift.core.check.Finding;
import io.drift.core.check.Status;
import io.drift.core.check.Suppression;
import io.drift.core.diff.Changed;
import io.drift.core.diff.Difference;
import io.drift.core.diff.DifferenceType;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.diff.Severity;
import io.drift.core.model.ObjectPath;
import io.drift.core.report.RenderContext;
import io.drift.core.spi.ReportRenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code json} format: the contract other tools build on, described in {@code docs/report-formats.md} and by
 * the JSON Schemas {@code io/drift/reporting/diff-report-v1.schema.json} and
 * {@code io/drift/reporting/check-report-v1.schema.json} on the class path. Field names and order are
 * fixed by this class; change them only with a new {@link #FORMAT_VERSION}.
 *
 * <p>Written with a streaming {@link JsonGenerator}, which holds a fixed-size buffer, never a tree.
 */
public final class JsonRenderer implements ReportRenderer {

    /** The format name. */
    public static final String FORMAT = "json";

    /** The version of the document layout; bumped only for changes a reader of the previous version would misread. */
    public static final int FORMAT_VERSION = 1;

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public void render(SchemaDiff diff, RenderContext context, Writer out) throws IOException {
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("reportType", "diff");
            g.writeStringField("expectedSource", context.expectedSource());
            g.writeStringField("actualSource", context.actualSource());
            writeSummary(g, diff);
            g.writeArrayFieldStart("differences");
            for (Difference d : diff.differences()) {
                writeDifference(g, d);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    @Override
    public void render(CheckReport report, RenderContext context, Writer out) throws IOException {
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("reportType", "check");
            g.writeStringField("database", context.actualSource());
            g.writeStringField("checkedAgainst", context.expectedSource());
            g.writeStringField("status", name(report.status()));
            g.writeNumberField("durationMs", report.duration().toMillis());
            writeSummary(g, report);
            g.writeArrayFieldStart("checks");
            for (CheckResult r : report.results()) {
                writeResult(g, r);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeSummary(JsonGenerator g, CheckReport report) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("checks", report.results().size());
        g.writeObjectFieldStart("byStatus");
        Map<Status, Integer> byStatus = report.countsByStatus();
        for (Status s : Status.values()) {
            g.writeNumberField(name(s), byStatus.get(s));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("findingsBySeverity");
        Map<Severity, Integer> bySeverity = report.countsBySeverity();
        for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            g.writeNumberField(name(s), bySeverity.get(s));
        }
        g.writeEndObject();
        g.writeNumberField("suppressed", report.suppressedCount());
        g.writeEndObject();
    }

    private static void writeResult(JsonGenerator g, CheckResult r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.checkId());
        g.writeStringField("description", r.description());
        g.writeArrayFieldStart("tags");
        for (CheckTag tag : r.sortedTags()) {
            g.writeString(tag.name());
        }
        g.writeEndArray();
        g.writeStringField("status", name(r.status()));
        g.writeStringField("summary", r.summary());
        g.writeNumberField("durationMs", r.duration().toMillis());
        g.writeArrayFieldStart("findings");
        for (Finding f : r.findings()) {
            writeFinding(g, f);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeFinding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", f.code());
        g.writeStringField("severity", name(f.severity()));
        if (f.object() == null) {
            g.writeNullField("object");
        } else {
            g.writeStringField("object", f.object().toString());
        }
        writeNullable(g, "property", f.property());
        g.writeStringField("message", f.message());
        if (f.fix() == null) {
            g.writeNullField("fix");
        } else {
            g.writeObjectFieldStart("fix");
            g.writeStringField("type", name(f.fix().type()));
            g.writeStringField("text", f.fix().text());
            g.writeEndObject();
        }
        g.writeBooleanField("suppressed", f.isSuppressed());
        if (f.isSuppressed()) {
            Suppression s = f.suppression();
            g.writeObjectFieldStart("suppression");
            g.writeStringField("reason", s.reason());
            g.writeArrayFieldStart("objects");
            for (String glob : s.objects().globs()) {
                g.writeString(glob);
            }
            g.writeEndArray();
            writeNullable(g, "expires", s.expires() == null ? null : s.expires().toString());
            g.writeEndObject();
        }
        if (f.difference() != null) {
            g.writeFieldName("difference");
            writeDifference(g, f.difference());
        }
        g.writeEndObject();
    }

    private static void writeSummary(JsonGenerator g, SchemaDiff diff) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("total", diff.size());
        Map<Severity, Integer> bySeverity = diff.countsBySeverity();
        g.writeObjectFieldStart("bySeverity");
        for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            g.writeNumberField(name(s), bySeverity.get(s));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("byType");
        for (Map.Entry<DifferenceType, Integer> e : diff.countsByType().entrySet()) {
            g.writeNumberField(name(e.getKey()), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    static void writeDifference(JsonGenerator g, Difference d) throws IOException {
        ObjectPath path = d.path();
        g.writeStartObject();
        g.writeStringField("type", name(d.type()));
        g.writeStringField("severity", name(d.severity()));
        g.writeStringField("kind", d.kind().id());
        g.writeStringField("path", path.toString());
        g.writeArrayFieldStart("pathParts");
        for (String part : path.parts()) {
            g.writeString(part);
        }
        g.writeEndArray();
        g.writeBooleanField("pathMember", path.member());
        // Absent means "does not apply to this type"; null means "applies, and there is no value".
        if (d instanceof Changed c) {
            g.writeStringField("property", c.property());
            writeNullable(g, "expected", c.expected());
            writeNullable(g, "actual", c.actual());
            if (c.isList()) {
                // The elements as a JSON list, exactly, next to the text: "a, b" is one label or two.
                writeElements(g, "expectedElements", c.expectedElements());
                writeElements(g, "actualElements", c.actualElements());
            }
        }
        g.writeEndObject();
    }

    private static void writeElements(JsonGenerator g, String field, List<String> elements) throws IOException {
        if (elements == null) {
            g.writeNullField(field);
            return;
        }
        g.writeArrayFieldStart(field);
        for (String element : elements) {
            g.writeString(element);
        }
        g.writeEndArray();
    }

    static void writeNullable(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value);
        }
    }

    private static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
