package io.drift.flyway;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;
import io.drift.flyway.internal.FlywayFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.configuration.Configuration;

/**
 * Flyway's configuration as Flyway's own command line reads it, for where there is no application to hand Drift its
 * {@code Flyway}: the {@code drift migrations} commands and the checks configured in {@code drift.yaml}. Later sources
 * win:
 * <ol>
 *     <li>{@code flyway.conf} in the user's home, then in the working directory;</li>
 *     <li>{@code flyway.toml} and {@code flyway.user.toml} in the user's home, then in the working directory (the
 *     {@code [flyway]} table, and the environment {@code flyway.environment} names, {@code default} unless set;
 *     {@code ${env.NAME}} is replaced by that environment variable);</li>
 *     <li>the files {@code FLYWAY_CONFIG_FILES} lists, then those given here ({@code .toml} or {@code .conf});</li>
 *     <li>the {@code FLYWAY_*} environment variables ({@code FLYWAY_LOCATIONS}, {@code FLYWAY_SCHEMAS},
 *     {@code FLYWAY_TABLE}, {@code FLYWAY_PLACEHOLDERS_NAME}), mapped as Flyway maps them;</li>
 *     <li>the locations and properties given here.</li>
 * </ol>
 * A relative {@code filesystem:} location is resolved against the working directory. Reading {@code flyway.toml} needs
 * {@code com.fasterxml.jackson.dataformat:jackson-dataformat-toml} on the class path (the command line has it).
 *
 * <pre>{@code
 * Configuration configuration = FlywayConfigurations.loader()
 *         .locations("filesystem:src/main/resources/db/migration")
 *         .load();
 * MigrationStatus status = FlywayMigrations.of(configuration).status(dataSource);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FlywayConfigurations {

    private FlywayConfigurations() {
    }

    /** @return a loader with the process's environment, working directory and home */
    public static Loader loader() {
        return new Loader();
    }

    /** Loads a Flyway configuration. Not thread-safe. */
    public static final class Loader {
        private Map<String, String> environment = System.getenv();
        private Path workingDirectory = Path.of("").toAbsolutePath();
        private Path userHome = Path.of(System.getProperty("user.home", "."));
        private final List<Path> configFiles = new ArrayList<>();
        private boolean defaultFiles = true;
        private final List<String> locations = new ArrayList<>();
        private final Map<String, String> properties = new LinkedHashMap<>();
        private ClassLoader classLoader;

        private Loader() {
        }

        /**
         * @param value the environment variables to read ({@code FLYWAY_*}, {@code FLYWAY_CONFIG_FILES},
         *              {@code ${env.NAME}}); default: the process's
         * @return this
         */
        public Loader environment(Map<String, String> value) {
            this.environment = Map.copyOf(requireNonNull(value, "environment"));
            return this;
        }

        /**
         * @param value where {@code flyway.conf} and {@code flyway.toml} are looked for, and relative paths resolved
         *              (default: the process's working directory)
         * @return this
         */
        public Loader workingDirectory(Path value) {
            this.workingDirectory = requireNonNull(value, "workingDirectory").toAbsolutePath();
            return this;
        }

        /**
         * @param value the user's home, where Flyway looks for its files too (default: {@code user.home})
         * @return this
         */
        public Loader userHome(Path value) {
            this.userHome = requireNonNull(value, "userHome").toAbsolutePath();
            return this;
        }

        /**
         * @param value whether to read the files in the home and working directories (default {@code true})
         * @return this
         */
        public Loader defaultFiles(boolean value) {
            this.defaultFiles = value;
            return this;
        }

        /**
         * @param files more configuration files, read after the default ones ({@code .toml}, else {@code .conf}); each
         *              must exist
         * @return this
         */
        public Loader configFiles(Collection<Path> files) {
            files.forEach(f -> configFiles.add(requireNonNull(f, "file")));
            return this;
        }

        /**
         * @param values Flyway locations ({@code classpath:db/migration}, {@code filesystem:sql}) that replace those
         *               of the files and the environment, when any are given
         * @return this
         */
        public Loader locations(Collection<String> values) {
            values.forEach(v -> locations.add(requireNonNull(v, "location")));
            return this;
        }

        /**
         * @param values Flyway locations
         * @return this
         * @see #locations(Collection)
         */
        public Loader locations(String... values) {
            return locations(List.of(values));
        }

        /**
         * @param key   a Flyway property ({@code flyway.schemas}, {@code flyway.table}, {@code flyway.placeholders.x})
         * @param value its value, which wins over every file and variable
         * @return this
         */
        public Loader property(String key, String value) {
            properties.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
            return this;
        }

        /**
         * @param value the class loader Flyway finds {@code classpath:} migrations and Java migrations with (default:
         *              the thread's context class loader)
         * @return this
         */
        public Loader classLoader(ClassLoader value) {
            this.classLoader = requireNonNull(value, "classLoader");
            return this;
        }

        /** @return the configuration files that {@link #load()} reads, in order: those that exist */
        public List<Path> files() {
            return FlywayFiles.files(environment, workingDirectory, userHome, defaultFiles, configFiles);
        }

        /**
         * @return Flyway's configuration
         * @throws DriftException with {@link DriftException.Reason#INVALID_CONFIG} naming the files read, when a file
         *                        cannot be read or Flyway refuses a setting
         */
        public Configuration load() {
            ClassLoader loader = classLoader != null ? classLoader
                    : Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader() : FlywayConfigurations.class.getClassLoader();
            return FlywayFiles.load(environment, workingDirectory, userHome, defaultFiles, configFiles, locations,
                    properties, loader);
        }
    }
}
