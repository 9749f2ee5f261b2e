package io.drift.flyway;

import io.drift.core.check.Check;
import io.drift.core.spi.CheckProvider;
import io.drift.flyway.internal.OptionsConfig;

import java.util.List;

/**
 * Contributes {@code flyway.status} (on by default) and {@code flyway.drift} (off unless turned on: it needs a shadow
 * database or a prebuilt snapshot) to a runner that discovers checks, configured from their options in
 * {@code drift.yaml} and from Flyway's own configuration files and variables ({@link FlywayConfigurations}):
 *
 * <pre class="language-yaml">{@code
 * checks:
 *   flyway.status:
 *     locations: [filesystem:src/main/resources/db/migration]
 *   flyway.drift:
 *     enabled: true
 *     expected: classpath:db/expected-schema.json     # or a file; else a shadow database is built
 * }</pre>
 *
 * Options of both: {@code locations}, {@code config-files}, {@code schemas}, {@code table}. Of {@code flyway.drift}
 * also: {@code expected}, {@code shadow} ({@code auto}, {@code embedded}, {@code temporary}, {@code testcontainers}),
 * {@code shadow-url} (an empty database; its password from {@code DRIFT_SHADOW_PASSWORD}), {@code exclude} and
 * {@code ignore} (as {@code drift diff}'s). An application that has its own {@code Flyway} passes
 * {@link FlywayChecks#status(org.flywaydb.core.Flyway)} instead, which takes the place of the one configured here.
 *
 * @since 0.1.0
 */
public final class FlywayCheckProvider implements CheckProvider {

    /** Needed by {@link java.util.ServiceLoader}. */
    public FlywayCheckProvider() {
    }

    @Override
    public List<Check> checks() {
        return List.of(OptionsConfig.statusCheck(), OptionsConfig.driftCheck());
    }
}
