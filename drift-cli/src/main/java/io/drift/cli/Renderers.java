package io.drift.cli;

import io.drift.core.spi.ReportRenderer;

import java.util.Iterator;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The report formats on the class path, found through the {@link ReportRenderer} SPI, so any renderer jar added next
 * to drift's (or shaded into it) becomes a {@code --format}.
 */
final class Renderers {

    private Renderers() {
    }

    static Map<String, ReportRenderer> available() {
        Map<String, ReportRenderer> byFormat = new TreeMap<>();
        Iterator<ReportRenderer> it = ServiceLoader.load(ReportRenderer.class, Renderers.class.getClassLoader())
                .iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                ReportRenderer renderer = it.next();
                byFormat.putIfAbsent(renderer.format(), renderer);
            } catch (ServiceConfigurationError e) {
                // One broken renderer must not hide the others; the format it would have offered is simply absent.
            }
        }
        return byFormat;
    }
}
