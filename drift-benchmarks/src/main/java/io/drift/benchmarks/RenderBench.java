package io.drift.benchmarks;

import io.drift.core.diff.Changed;
import io.drift.core.diff.Difference;
import io.drift.core.diff.Missing;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.diff.Severity;
import io.drift.core.diff.Unexpected;
import io.drift.core.model.Column;
import io.drift.core.model.ForeignKey;
import io.drift.core.model.Index;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.PrimaryKey;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.core.report.RenderContext;
import io.drift.core.spi.ReportRenderer;
import io.drift.reporting.Renderers;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How long each report format takes to render a diff of 10,000 differences, warm, into a writer that keeps nothing (so
 * the figure is the renderer's, not the disk's). The diff: 2,500 tables of 8 columns, each with a changed comment
 * (info), a missing column (error), a changed column type (error) and an unexpected index (warning); the context holds
 * both snapshots (every table has a foreign key to the one before), so the markdown format draws its diagram.
 *
 * <p>Part of {@code bin/bench}; runs alone, without PostgreSQL:
 * {@code java -cp "drift-benchmarks/target/classes:$(cat drift-benchmarks/target/bench.classpath)"
 * io.drift.benchmarks.RenderBench}.
 */
public final class RenderBench {

    static final List<String> FORMATS = List.of("text", "json", "markdown", "html", "junit", "sarif");
    static final int TABLES = 2_500;

    private RenderBench() {
    }

    public static void main(String[] args) throws Exception {
        measure(3, 10);
    }

    /** The diff and its context, built once. */
    record Input(SchemaDiff diff, RenderContext context) {
    }

    static Input input() {
        List<Difference> differences = new ArrayList<>(TABLES * 4);
        Snapshot.Builder expected = Snapshot.builder();
        Snapshot.Builder actual = Snapshot.builder();
        for (int t = 0; t < TABLES; t++) {
            ObjectPath path = ObjectPath.of("app", String.format("t%05d", t));
            Table.Builder table = Table.builder(path)
                    .column(Column.of("id", 1, "bigint").withNullable(false))
                    .column(Column.of("parent_id", 2, "bigint"))
                    .column(Column.of("name", 3, "text"))
                    .column(Column.of("amount", 4, "numeric(12,2)"))
                    .column(Column.of("created_at", 5, "timestamp with time zone"))
                    .column(Column.of("status", 6, "text"))
                    .column(Column.of("note", 7, "text"))
                    .constraint(PrimaryKey.of(path.name() + "_pkey", "id"));
            if (t > 0) {
                table.constraint(ForeignKey.of(path.name() + "_parent_fk", List.of("parent_id"),
                        ObjectPath.of("app", String.format("t%05d", t - 1)), List.of("id")));
            }
            Table base = table.build();
            expected.add(base.toBuilder().column(Column.of("email", 8, "text")).comment("Orders of a customer.")
                    .build());
            actual.add(base.toBuilder().index(Index.of("idx_tmp", "btree", List.of("name"))).build());
            differences.add(new Changed(ObjectKind.TABLE, path, "comment", "Orders of a customer.", null,
                    Severity.INFO));
            differences.add(new Missing(ObjectKind.COLUMN, path.child("email"), Severity.ERROR));
            differences.add(new Changed(ObjectKind.COLUMN, path.child("id"), "type", "bigint", "integer",
                    Severity.ERROR));
            differences.add(new Unexpected(ObjectKind.INDEX, path.member("idx_tmp"), Severity.WARNING));
        }
        RenderContext context = RenderContext.of("schema/baseline.json", "postgresql://db.example:5432/app")
                .withSnapshots(expected.build(), actual.build());
        return new Input(new SchemaDiff(differences), context);
    }

    /** Renders the diff in every format, {@code warmup} times unmeasured, then {@code reps} times measured. */
    static Map<String, Object> measure(int warmup, int reps) throws Exception {
        Input input = input();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("differences", input.diff().size());
        System.out.printf("Rendering %,d differences (%,d tables), warm, %d reps after %d warm-up:%n",
                input.diff().size(), TABLES, reps, warmup);
        for (String format : FORMATS) {
            ReportRenderer renderer = Renderers.require(format);
            Counting out = new Counting();
            for (int i = 0; i < warmup; i++) {
                renderer.render(input.diff(), input.context(), out);
            }
            List<Double> ms = new ArrayList<>();
            long chars = 0;
            for (int i = 0; i < reps; i++) {
                out.chars = 0;
                long start = System.nanoTime();
                renderer.render(input.diff(), input.context(), out);
                ms.add((System.nanoTime() - start) / 1e6);
                chars = out.chars;
            }
            Stats s = Stats.of(ms);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("ms", s);
            f.put("chars", chars);
            figures.put(format, f);
            System.out.printf(Locale.ROOT, "  %-9s median %7.1f ms [min %.1f, max %.1f], %,d characters%n", format,
                    s.median(), s.min(), s.max(), chars);
        }
        return figures;
    }

    /** Keeps nothing; counts characters. */
    private static final class Counting extends Writer {
        long chars;

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars += length;
        }

        @Override
        public void write(String text, int offset, int length) {
            chars += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
