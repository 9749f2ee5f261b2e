package io.drift.reporting.internal;

import com.fasterxml.jackson.core.JsonGenerator;

import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckResult;
import io.drift.core.check.CheckTag;
import io.drift.core.check.Finding;
import io.drift.core.check.FindingCode;
import io.drift.core.check.Status;
import io.drift.core.diff.Changed;
import io.drift.core.diff.Difference;
import io.drift.core.diff.DifferenceType;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.diff.Severity;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.report.RenderContext;
import io.drift.core.spi.ReportRenderer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code sarif} format: SARIF 2.1.0, the static-analysis log that code-scanning dashboards read (GitHub code
 * scanning, GitLab, Azure DevOps, SonarQube, DefectDojo), so that they can show each problem, track it from run to run
 * and close it when it is gone.
 *
 * <p><b>A check report:</b> each finding is a result whose {@code ruleId} is its stable code; the rules are the codes
 * every check that ran declares, with the catalogue's title and help and a {@code helpUri} into
 * {@code docs/checks.md}. A suppressed finding carries a SARIF suppression with its reason; a check that could not run
 * is a tool execution notification, and makes {@code executionSuccessful} false.
 *
 * <p><b>A diff:</b> each difference is a result whose {@code ruleId} is {@code DRIFT-DIFF-<KIND>-<TYPE>}
 * ({@code DRIFT-DIFF-COLUMN-MISSING}, {@code DRIFT-DIFF-FOREIGN-KEY-UNEXPECTED}): one per object kind and type of
 * difference, stable, and never the code of a check.
 *
 * <p><b>Where.</b> A database object is not a file: each result names it as a logical location (its path) and as a
 * physical location relative to the base {@code DATABASE} (its path's parts, percent-encoded, joined with
 * {@code /}), which code hosts need to list a result. Each result has a partial fingerprint ({@code drift/v1}) made
 * from the rule, the object and the property, so that a dashboard tracks it across runs whatever its message.
 *
 * <p>Written with the same streaming generator as the {@code json} format; the rules are gathered in a first pass
 * over the differences that keeps only which rules occur.
 */
public final class SarifRenderer implements ReportRenderer {

    /** The format name. */
    public static final String FORMAT = "sarif";

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String BASE = "DATABASE";
    private static final String NO_OBJECT = "%28database%29";
    /** Long values are cut in a result's message; the exact ones are in its properties. */
    private static final int MESSAGE_VALUE_LIMIT = 200;

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String fileExtension() {
        return "sarif";
    }

    // ---------------------------------------------------------------------------------------------------- a diff

    /** @return the rule id of a kind of difference: {@code DRIFT-DIFF-FOREIGN-KEY-MISSING} */
    public static String ruleId(ObjectKind kind, DifferenceType type) {
        return "DRIFT-DIFF-" + kind.name().replace('_', '-') + "-" + type.name();
    }

    @Override
    public void render(SchemaDiff diff, RenderContext context, Writer out) throws IOException {
        boolean[][] used = new boolean[ObjectKind.values().length][DifferenceType.values().length];
        for (Difference d : diff.differences()) {
            used[d.kind().ordinal()][d.type().ordinal()] = true;
        }
        int[][] index = new int[ObjectKind.values().length][DifferenceType.values().length];
        try (JsonGenerator g = Json.generator(out)) {
            startRun(g);
            g.writeArrayFieldStart("rules");
            int n = 0;
            for (ObjectKind kind : ObjectKind.values()) {
                for (DifferenceType type : DifferenceType.values()) {
                    if (used[kind.ordinal()][type.ordinal()]) {
                        index[kind.ordinal()][type.ordinal()] = n++;
                        writeDiffRule(g, kind, type);
                    }
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("invocations");
            g.writeStartObject();
            g.writeBooleanField("executionSuccessful", true);
            g.writeEndObject();
            g.writeEndArray();
            writeBase(g, "The database or schema compared: " + context.actualSource());
            g.writeArrayFieldStart("results");
            for (Difference d : diff.differences()) {
                writeDiffResult(g, d, index[d.kind().ordinal()][d.type().ordinal()]);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("properties");
            g.writeStringField("reportType", "diff");
            g.writeStringField("expectedSource", context.expectedSource());
            g.writeStringField("actualSource", context.actualSource());
            g.writeEndObject();
            endRun(g);
        }
        out.write('\n');
    }

    private static void writeDiffRule(JsonGenerator g, ObjectKind kind, DifferenceType type) throws IOException {
        String what = kind.displayName();
        String title;
        String help;
        switch (type) {
            case MISSING:
                title = "Missing " + what;
                help = "The expected schema has this " + what + " and the database does not. Code that uses it fails;"
                        + " apply the migration that creates it, or remove it from the expected schema if it was"
                        + " dropped on purpose.";
                break;
            case UNEXPECTED:
                title = "Unexpected " + what;
                help = "The database has this " + what + " and the expected schema does not: something changed the"
                        + " database outside the migrations, or the expected schema is behind. Add a migration for it"
                        + " or drop it.";
                break;
            default:
                title = "Changed " + what;
                help = "The " + what + " exists on both sides, but a property differs (the result names it, with both"
                        + " values). Make a migration bring the database to the expected definition, or update the"
                        + " expected schema.";
        }
        g.writeStartObject();
        g.writeStringField("id", ruleId(kind, type));
        g.writeStringField("name", pascalCase(title));
        text(g, "shortDescription", title);
        text(g, "fullDescription", help);
        text(g, "help", help);
        g.writeStringField("helpUri", DocLinks.reportFormats("Rule ids of differences"));
        g.writeObjectFieldStart("properties");
        g.writeArrayFieldStart("tags");
        g.writeString("drift");
        g.writeString("schema-drift");
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeDiffResult(JsonGenerator g, Difference d, int ruleIndex) throws IOException {
        String ruleId = ruleId(d.kind(), d.type());
        g.writeStartObject();
        g.writeStringField("ruleId", ruleId);
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", level(d.severity()));
        StringBuilder message = new StringBuilder(Labels.difference(d)).append(' ').append(d.path());
        String property = null;
        if (d instanceof Changed c) {
            property = c.property();
            message.append(" (").append(c.property()).append("): expected ").append(shown(c.expected()))
                    .append(", actual ").append(shown(c.actual()));
        }
        text(g, "message", message.toString());
        writeLocations(g, d.path(), d.kind());
        writeFingerprint(g, ruleId, d.path(), property);
        g.writeObjectFieldStart("properties");
        g.writeStringField("severity", Labels.name(d.severity()));
        g.writeFieldName("difference");
        JsonRenderer.writeDifference(g, d);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static String shown(String value) {
        if (value == null) {
            return "(none)";
        }
        String v = value.length() <= MESSAGE_VALUE_LIMIT ? value : value.substring(0, MESSAGE_VALUE_LIMIT) + "…";
        return v.indexOf('\n') < 0 && !v.isEmpty() ? v : "\"" + v + "\"";
    }

    // -------------------------------------------------------------------------------------------- a check report

    @Override
    public void render(CheckReport report, RenderContext context, Writer out) throws IOException {
        // Every code a check that ran declares, then any a finding used without declaring it; the first declaration
        // of a code wins.
        Map<String, FindingCode> declared = new LinkedHashMap<>();
        Map<String, String> owner = new LinkedHashMap<>();
        for (CheckResult r : report.results()) {
            for (FindingCode c : r.codes()) {
                if (declared.putIfAbsent(c.code(), c) == null) {
                    owner.put(c.code(), r.checkId());
                }
            }
        }
        for (CheckResult r : report.results()) {
            for (Finding f : r.findings()) {
                if (!declared.containsKey(f.code())) {
                    declared.put(f.code(), null);
                    owner.put(f.code(), r.checkId());
                }
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        try (JsonGenerator g = Json.generator(out)) {
            startRun(g);
            g.writeArrayFieldStart("rules");
            for (Map.Entry<String, FindingCode> e : declared.entrySet()) {
                index.put(e.getKey(), index.size());
                CheckResult checkOf = report.result(owner.get(e.getKey())).orElseThrow();
                writeCodeRule(g, e.getKey(), e.getValue(), checkOf);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("invocations");
            g.writeStartObject();
            g.writeBooleanField("executionSuccessful", !report.hasErrors());
            g.writeArrayFieldStart("toolExecutionNotifications");
            for (CheckResult r : report.results()) {
                if (r.status() == Status.ERRORED || r.status() == Status.SKIPPED) {
                    g.writeStartObject();
                    g.writeStringField("level", r.status() == Status.ERRORED ? "error" : "note");
                    text(g, "message", r.checkId() + " " + Labels.name(r.status()) + ": " + r.summary());
                    g.writeObjectFieldStart("descriptor");
                    g.writeStringField("id", r.checkId());
                    g.writeEndObject();
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            writeBase(g, "The database checked: " + context.actualSource());
            g.writeArrayFieldStart("results");
            for (CheckResult r : report.results()) {
                for (Finding f : r.findings()) {
                    writeFindingResult(g, r, f, index.get(f.code()));
                }
            }
            g.writeEndArray();
            g.writeObjectFieldStart("properties");
            g.writeStringField("reportType", "check");
            g.writeStringField("database", context.actualSource());
            g.writeStringField("checkedAgainst", context.expectedSource());
            g.writeStringField("status", Labels.name(report.status()));
            g.writeEndObject();
            endRun(g);
        }
        out.write('\n');
    }

    private static void writeCodeRule(JsonGenerator g, String code, FindingCode declaration, CheckResult check)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("id", code);
        if (declaration != null) {
            g.writeStringField("name", pascalCase(declaration.title()));
            text(g, "shortDescription", declaration.title());
            text(g, "fullDescription", declaration.help());
            text(g, "help", declaration.help());
        } else {
            text(g, "shortDescription", code);
        }
        g.writeStringField("helpUri", DocLinks.code(code));
        if (declaration != null) {
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", level(declaration.defaultSeverity()));
            g.writeEndObject();
        }
        g.writeObjectFieldStart("properties");
        Set<String> tags = new LinkedHashSet<>();
        tags.add("drift");
        tags.add(check.checkId());
        for (CheckTag tag : check.sortedTags()) {
            tags.add(tag.name().toLowerCase(Locale.ROOT));
        }
        g.writeArrayFieldStart("tags");
        for (String tag : tags) {
            g.writeString(tag);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeFindingResult(JsonGenerator g, CheckResult r, Finding f, int ruleIndex)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.code());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", level(f.severity()));
        text(g, "message", f.message());
        writeLocations(g, f.object(), f.difference() == null ? null : f.difference().kind());
        writeFingerprint(g, f.code(), f.object(), f.property());
        if (f.isSuppressed()) {
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "external");
            g.writeStringField("status", "accepted");
            g.writeStringField("justification", f.suppression().reason());
            if (f.suppression().expires() != null) {
                g.writeObjectFieldStart("properties");
                g.writeStringField("expires", f.suppression().expires().toString());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("check", r.checkId());
        g.writeStringField("severity", Labels.name(f.severity()));
        if (f.property() != null) {
            g.writeStringField("property", f.property());
        }
        if (f.fix() != null) {
            g.writeObjectFieldStart("fix");
            g.writeStringField("type", Labels.name(f.fix().type()));
            g.writeStringField("text", f.fix().text());
            g.writeEndObject();
        }
        if (f.difference() != null) {
            g.writeFieldName("difference");
            JsonRenderer.writeDifference(g, f.difference());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    // ------------------------------------------------------------------------------------------------ shared

    private static void startRun(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA);
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "Drift");
        g.writeStringField("informationUri", DocLinks.DOCS + "report-formats.md");
    }

    private static void endRun(JsonGenerator g) throws IOException {
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeBase(JsonGenerator g, String description) throws IOException {
        g.writeObjectFieldStart("originalUriBaseIds");
        g.writeObjectFieldStart(BASE);
        text(g, "description", description);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeLocations(JsonGenerator g, ObjectPath path, ObjectKind kind) throws IOException {
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", path == null ? NO_OBJECT : uri(path));
        g.writeStringField("uriBaseId", BASE);
        g.writeEndObject();
        g.writeEndObject();
        if (path != null) {
            g.writeArrayFieldStart("logicalLocations");
            g.writeStartObject();
            g.writeStringField("name", path.name());
            g.writeStringField("fullyQualifiedName", path.toString());
            if (kind != null) {
                g.writeStringField("kind", kind.id());
            }
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void writeFingerprint(JsonGenerator g, String rule, ObjectPath path, String property)
            throws IOException {
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("drift/v1", sha256(rule + '\u0000' + (path == null ? "" : String.join("\u0000",
                path.parts()) + (path.member() ? "/" : "")) + '\u0000' + (property == null ? "" : property)));
        g.writeEndObject();
    }

    /** @return the path's parts, each percent-encoded as an RFC 3986 path segment, joined with {@code /} */
    static String uri(ObjectPath path) {
        StringBuilder out = new StringBuilder();
        for (String part : path.parts()) {
            if (out.length() > 0) {
                out.append('/');
            }
            for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xFF;
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                        || c == '~' || (c == '.' && part.length() > 2)) {
                    out.append((char) c);
                } else {
                    out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
                }
            }
        }
        return out.toString();
    }

    private static void text(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    private static String level(Severity severity) {
        switch (severity) {
            case ERROR:
                return "error";
            case WARNING:
                return "warning";
            default:
                return "note";
        }
    }

    private static String pascalCase(String title) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : title.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return out.toString();
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder out = new StringBuilder(64);
            for (byte b : hash) {
                out.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return out.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
