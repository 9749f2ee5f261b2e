package io.drift.flyway.internal;

import io.drift.core.CaptureOptions;
import io.drift.core.DriftException;
import io.drift.core.check.Check;
import io.drift.core.check.CheckOptions;
import io.drift.core.diff.DiffOptions;
import io.drift.flyway.FlywayChecks;
import io.drift.flyway.FlywayConfigurations;
import io.drift.flyway.MigrationsSnapshot;
import io.drift.flyway.ShadowDatabase;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.flywaydb.core.api.configuration.Configuration;

/** The checks {@code FlywayCheckProvider} contributes, configured from their options. */
public final class OptionsConfig {

    /** The options both checks read: where Flyway's configuration comes from. */
    static final Set<String> FLYWAY_OPTIONS = Set.of("locations", "config-files", "schemas", "table");
    /** What {@code flyway.drift} reads besides. */
    static final Set<String> DRIFT_OPTIONS = Set.of("locations", "config-files", "schemas", "table", "expected",
            "shadow", "shadow-url", "exclude", "ignore");

    private OptionsConfig() {
    }

    /** @return {@code flyway.status}, configured from its options */
    public static Check statusCheck() {
        return new StatusCheck(context -> configuration(context.options()), FlywayChecks.FixStyle.COMMAND_LINE,
                FLYWAY_OPTIONS);
    }

    /** @return {@code flyway.drift}, configured from its options; off unless turned on */
    public static Check driftCheck() {
        return new DriftCheck(context -> settings(context.options()), false, true, DRIFT_OPTIONS);
    }

    /**
     * @param options a check's options
     * @return Flyway's configuration: its files and variables, then these options
     */
    static Configuration configuration(CheckOptions options) {
        FlywayConfigurations.Loader loader = FlywayConfigurations.loader()
                .configFiles(options.strings("config-files").stream().map(Path::of).toList())
                .locations(options.strings("locations"));
        List<String> schemas = options.strings("schemas");
        if (!schemas.isEmpty()) {
            loader.property("flyway.schemas", String.join(",", schemas));
        }
        options.string("table").ifPresent(t -> loader.property("flyway.table", t));
        return loader.load();
    }

    static DriftCheck.Settings settings(CheckOptions options) {
        Configuration configuration = configuration(options);
        DriftCheck.Source source;
        String expected = options.string("expected").orElse(null);
        if (expected != null) {
            if (options.has("shadow") || options.has("shadow-url")) {
                throw invalid(options, "expected is a snapshot built ahead of time: shadow and shadow-url, which build"
                        + " one now, cannot go with it");
            }
            source = new DriftCheck.Source(expected.startsWith("classpath:")
                    ? MigrationsSnapshot.fromClasspath(expected.substring("classpath:".length()))
                    : MigrationsSnapshot.read(Path.of(expected)), null);
        } else {
            source = new DriftCheck.Source(null, shadow(options));
        }
        DiffOptions.Builder diff = DiffOptions.builder()
                .excludeObjects(options.strings("exclude").toArray(String[]::new));
        try {
            options.strings("ignore").forEach(diff::ignore);
            return new DriftCheck.Settings(configuration, source, diff.build(), CaptureOptions.defaults(),
                    FlywayChecks.FixStyle.COMMAND_LINE);
        } catch (IllegalArgumentException e) {
            throw invalid(options, e.getMessage());
        }
    }

    private static ShadowDatabase shadow(CheckOptions options) {
        String url = options.string("shadow-url").orElse(null);
        String kind = options.string("shadow", "auto");
        if (url != null) {
            if (options.has("shadow") && !kind.equals("auto")) {
                throw invalid(options, "shadow-url gives the shadow database: leave shadow out");
            }
            return ShadowDatabase.url(url, null, System.getenv("DRIFT_SHADOW_PASSWORD"));
        }
        return switch (kind) {
            case "auto" -> ShadowDatabase.auto();
            case "embedded" -> ShadowDatabase.embedded();
            case "temporary" -> ShadowDatabase.temporaryDatabase();
            case "testcontainers" -> ShadowDatabase.testcontainers();
            default -> throw invalid(options, "option shadow must be auto, embedded, temporary or testcontainers, not '"
                    + kind + "'");
        };
    }

    private static DriftException invalid(CheckOptions options, String problem) {
        return new DriftException(DriftException.Reason.INVALID_CONFIG, "Check " + options.checkId() + ": " + problem
                + ".");
    }
}
