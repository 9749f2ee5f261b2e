package io.drift.cli;

import io.drift.core.spi.ReportRenderer;
import io.drift.reporting.Renderers;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

/**
 * What every command that writes a report says about {@code --format} and {@code --output}: the formats are the ones
 * {@link Renderers} knows (its built-in ones and any on the class path), listed in help through picocli's
 * {@code ${COMPLETION-CANDIDATES}}, so that a new format needs no change here.
 *
 * <p>A command declares its {@code --format} option with {@code completionCandidates = ReportFormats.class},
 * {@code defaultValue = "text"} and {@code description = ReportFormats.FORMAT_HELP}, and its {@code --output} with
 * {@code description = ReportFormats.OUTPUT_HELP} (see {@code DiffCommand}).
 */
final class ReportFormats implements Iterable<String> {

    static final String FORMAT_HELP = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). text is for"
            + " a terminal, json for programs, markdown for a pull-request comment, html for a browser, junit for a CI"
            + " server's test results, sarif for code scanning.";

    static final String OUTPUT_HELP = "Write the report to FILE, atomically, instead of stdout. Name it with the"
            + " format's extension: txt, json, md, html, xml for junit, sarif (code-scanning uploads look for"
            + " *.sarif).";

    @Override
    public Iterator<String> iterator() {
        return Renderers.formats().iterator();
    }

    /**
     * @return a warning when {@code output}'s extension is not the one {@code renderer}'s reports have (a SARIF report
     *         in {@code report.json} is not found by an upload that looks for {@code *.sarif}), or {@code null}
     */
    static String extensionWarning(ReportRenderer renderer, Path output) {
        if (output == null || output.getFileName() == null) {
            return null;
        }
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        String expected = "." + renderer.fileExtension();
        if (name.endsWith(expected) || (expected.equals(".md") && name.endsWith(".markdown"))
                || (expected.equals(".html") && name.endsWith(".htm"))
                || (expected.equals(".sarif") && name.endsWith(".sarif.json"))
                || (expected.equals(".txt") && !name.contains("."))) {
            return null;
        }
        return "--output " + output + ": a " + renderer.format() + " report usually ends in " + expected
                + "; it is written as asked.";
    }
}
