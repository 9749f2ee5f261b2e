package io.drift.reporting;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;
import io.drift.core.report.TextRenderer;
import io.drift.core.spi.ReportRenderer;
import io.drift.reporting.internal.HtmlRenderer;
import io.drift.reporting.internal.JsonRenderer;
import io.drift.reporting.internal.JunitRenderer;
import io.drift.reporting.internal.MarkdownRenderer;
import io.drift.reporting.internal.SarifRenderer;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drift's report formats, each by its own accessor ({@link #text()}, {@link #json()}, {@link #markdown()},
 * {@link #html()}, {@link #junit()}, {@link #sarif()}) or by name. Every format renders both a schema diff and a check
 * report; all are described in {@code docs/report-formats.md}. A tool adds a format by listing its renderer in
 * {@code META-INF/services/io.drift.core.spi.ReportRenderer}.
 *
 * <pre>{@code
 * String text = Renderers.text().renderToString(diff, RenderContext.of("baseline.json", "postgresql://db/app"));
 * ReportRenderer renderer = Renderers.require("json");      // DriftException naming the known formats if absent
 * try (Writer out = Files.newBufferedWriter(Path.of("target/drift-report.json"))) {
 *     renderer.render(report, RenderContext.of("drift.yaml", "postgresql://db:5432/app"), out);
 * }
 * }</pre>
 *
 * <p>The built-in formats are always found by name, also where {@link ServiceLoader} finds nothing (a shaded jar whose
 * service files were not merged). Other renderers are looked up with {@link ServiceLoader} through the class loader
 * that loaded this class, on every call (nothing is cached, so no state is global). Format names are matched ignoring
 * case and surrounding blanks. A built-in format cannot be replaced; when two other renderers claim the same format,
 * the first on the class path wins. A renderer that fails to load is logged at WARN and skipped, so one broken jar
 * does not hide the others.
 *
 * @since 0.1.0
 */
public final class Renderers {

    private static final Logger log = LoggerFactory.getLogger(Renderers.class);

    private Renderers() {
    }

    /**
     * @return the {@code text} format: for a terminal, a log, an exception's message
     * @since 0.1.0
     */
    public static ReportRenderer text() {
        return new TextRenderer();
    }

    /**
     * @return the {@code json} format: the versioned contract for other tools
     * @since 0.1.0
     */
    public static ReportRenderer json() {
        return new JsonRenderer();
    }

    /**
     * @return the {@code markdown} format: a pull-request comment, with a Mermaid diagram of the drifted tables, that
     *         never exceeds the 65,536 characters a GitHub comment holds (it says what it left out)
     * @since 0.1.0
     */
    public static ReportRenderer markdown() {
        return new MarkdownRenderer();
    }

    /**
     * @param maxCharacters the most characters a report may have, at least 8,192: the limit of the place it is posted
     *                      to (GitLab's notes hold 1,000,000)
     * @return the {@code markdown} format, within that limit
     * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT} when the limit is below 8,192
     * @since 0.1.0
     */
    public static ReportRenderer markdown(int maxCharacters) {
        try {
            return new MarkdownRenderer(maxCharacters);
        } catch (IllegalArgumentException e) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, e.getMessage() + ". Give a limit of at"
                    + " least " + MarkdownRenderer.MIN_LIMIT + ".", e);
        }
    }

    /**
     * @return the {@code html} format: one self-contained page with counts, filters and a search box, for working
     *         through a long report in a browser
     * @since 0.1.0
     */
    public static ReportRenderer html() {
        return new HtmlRenderer();
    }

    /**
     * @return the {@code junit} format: JUnit XML (the Ant/Surefire layout), which CI servers show as tests
     * @since 0.1.0
     */
    public static ReportRenderer junit() {
        return new JunitRenderer();
    }

    /**
     * @return the {@code sarif} format: SARIF 2.1.0, for code-scanning dashboards
     * @since 0.1.0
     */
    public static ReportRenderer sarif() {
        return new SarifRenderer();
    }

    private static List<ReportRenderer> builtIn() {
        return List.of(text(), json(), markdown(), html(), junit(), sarif());
    }

    /**
     * @param format a format name, such as {@code text} or {@code json}
     * @return the renderer for that format, or empty when none is on the class path
     * @since 0.1.0
     */
    public static Optional<ReportRenderer> find(String format) {
        requireNonNull(format, "format");
        return Optional.ofNullable(discover().get(normalize(format)));
    }

    /**
     * @param format a format name, such as {@code text} or {@code json}
     * @return the renderer for that format
     * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT}, naming the known formats, when no
     *                        renderer has that format
     * @since 0.1.0
     */
    public static ReportRenderer require(String format) {
        requireNonNull(format, "format");
        Map<String, ReportRenderer> renderers = discover();
        ReportRenderer renderer = renderers.get(normalize(format));
        if (renderer == null) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "Unknown report format '" + format
                    + "'. Use one of: " + String.join(", ", renderers.keySet())
                    + " (a renderer for another format is added through META-INF/services/"
                    + ReportRenderer.class.getName() + ").");
        }
        return renderer;
    }

    /**
     * @return the names of every format on the class path, sorted
     * @since 0.1.0
     */
    public static List<String> formats() {
        return List.copyOf(discover().keySet());
    }

    private static String normalize(String format) {
        return format.trim().toLowerCase(Locale.ROOT);
    }

    private static Map<String, ReportRenderer> discover() {
        Map<String, ReportRenderer> found = new TreeMap<>();
        for (ReportRenderer renderer : builtIn()) {
            found.put(renderer.format(), renderer);
        }
        Iterator<ReportRenderer> it = ServiceLoader.load(ReportRenderer.class, Renderers.class.getClassLoader())
                .iterator();
        while (true) {
            ReportRenderer renderer;
            try {
                if (!it.hasNext()) {
                    break;
                }
                renderer = it.next();
            } catch (ServiceConfigurationError e) {
                log.warn("Skipping a report renderer that failed to load: {}", e.getMessage());
                continue;
            }
            String format = renderer.format();
            if (format == null || format.isBlank() || !format.equals(normalize(format))) {
                log.warn("Skipping report renderer {}: its format name '{}' is not lower case without surrounding blanks",
                        renderer.getClass().getName(), format);
            } else if (found.get(format) != null
                    && found.get(format).getClass().equals(renderer.getClass())) {
                continue;   // a built-in one, also listed in META-INF/services
            } else if (found.putIfAbsent(format, renderer) != null) {
                log.debug("Report renderer {} for format '{}' is shadowed by {}, found earlier on the class path",
                        renderer.getClass().getName(), format, found.get(format).getClass().getName());
            }
        }
        return found;
    }
}
