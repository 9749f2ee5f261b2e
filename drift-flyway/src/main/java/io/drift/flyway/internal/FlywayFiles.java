package io.drift.flyway.internal;

import io.drift.core.DriftException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.internal.configuration.ConfigUtils;

/** Reads Flyway's configuration files and variables as its command line does; see FlywayConfigurations. */
public final class FlywayFiles {

    private FlywayFiles() {
    }

    /** @return the files that would be read, in order, that exist (explicit ones whether or not they exist) */
    public static List<Path> files(Map<String, String> environment, Path workingDirectory, Path userHome,
                                   boolean defaults, List<Path> explicit) {
        Set<Path> files = new LinkedHashSet<>();
        if (defaults) {
            List<Path> dirs = userHome.equals(workingDirectory) ? List.of(workingDirectory)
                    : List.of(userHome, workingDirectory);
            for (Path dir : dirs) {
                addIfExists(files, dir.resolve("flyway.conf"));
            }
            for (Path dir : dirs) {
                addIfExists(files, dir.resolve("flyway.toml"));
                addIfExists(files, dir.resolve("flyway.user.toml"));
            }
        }
        String fromEnv = environment.get("FLYWAY_CONFIG_FILES");
        if (fromEnv != null && !fromEnv.isBlank()) {
            for (String name : fromEnv.split(",")) {
                if (!name.isBlank()) {
                    files.add(workingDirectory.resolve(name.strip()).normalize());
                }
            }
        }
        explicit.forEach(f -> files.add(workingDirectory.resolve(f).normalize()));
        return List.copyOf(files);
    }

    private static void addIfExists(Set<Path> files, Path file) {
        if (Files.isRegularFile(file)) {
            files.add(file.normalize());
        }
    }

    /** Reads the configuration; see FlywayConfigurations.Loader#load. */
    public static Configuration load(Map<String, String> environment, Path workingDirectory, Path userHome,
                                     boolean defaults, List<Path> explicit, List<String> locations,
                                     Map<String, String> overrides, ClassLoader classLoader) {
        List<Path> files = files(environment, workingDirectory, userHome, defaults, explicit);
        Map<String, String> properties = new LinkedHashMap<>();
        Map<Path, com.fasterxml.jackson.databind.JsonNode> toml = new LinkedHashMap<>();
        Map<Path, Map<String, String>> conf = new LinkedHashMap<>();
        String environmentName = null;
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new DriftException(DriftException.Reason.INVALID_CONFIG, "Flyway's configuration file " + file
                        + " does not exist. Check the name (given to --flyway-config, or in FLYWAY_CONFIG_FILES).");
            }
            if (file.getFileName().toString().endsWith(".toml")) {
                try {
                    com.fasterxml.jackson.databind.JsonNode root = TomlConfig.parse(file);
                    toml.put(file, root);
                    environmentName = TomlConfig.environmentName(root) != null ? TomlConfig.environmentName(root)
                            : environmentName;
                } catch (NoClassDefFoundError e) {
                    throw new DriftException(DriftException.Reason.INVALID_CONFIG, "Reading " + file + " needs"
                            + " com.fasterxml.jackson.dataformat:jackson-dataformat-toml on the class path; add it, or"
                            + " configure Flyway otherwise.", e);
                }
            } else {
                try {
                    conf.put(file, ConfigUtils.loadConfigurationFile(file.toFile(), "UTF-8", true));
                } catch (FlywayException e) {
                    throw new DriftException(DriftException.Reason.INVALID_CONFIG, "Cannot read Flyway's"
                            + " configuration file " + file + ": " + Flyways.firstLine(e.getMessage()) + ".", e);
                }
            }
        }
        String fromVariable = environment.get("FLYWAY_ENVIRONMENT") != null ? environment.get("FLYWAY_ENVIRONMENT")
                : environment.get("flyway_environment");
        String chosen = fromVariable != null ? fromVariable : environmentName != null ? environmentName : "default";
        for (Path file : files) {
            if (toml.containsKey(file)) {
                TomlConfig.read(file, toml.get(file), chosen, environment, properties);
            } else {
                properties.putAll(conf.get(file));
            }
        }
        Map<String, String> variables = new LinkedHashMap<>(ConfigUtils.environmentVariablesToPropertyMap(environment));
        // Which files to read was decided above; Flyway's command line reads these two, its configuration refuses them.
        variables.remove("flyway.configFiles");
        variables.remove("flyway.configFileEncoding");
        properties.putAll(variables);
        if (!locations.isEmpty()) {
            properties.put("flyway.locations", String.join(",", locations));
        }
        properties.putAll(overrides);
        // The environment was chosen while reading the TOML; Flyway must not look for it again among its own.
        properties.remove("flyway.environment");
        String locs = properties.get("flyway.locations");
        if (locs != null) {
            properties.put("flyway.locations", absolute(locs, workingDirectory));
        }
        try {
            return Flyway.configure(classLoader).configuration(properties);
        } catch (FlywayException e) {
            throw new DriftException(DriftException.Reason.INVALID_CONFIG, "Flyway refuses its configuration"
                    + (files.isEmpty() ? "" : " (read from " + String.join(", ", files.stream().map(Path::toString)
                    .toList()) + ")") + ": " + Flyways.firstLine(e.getMessage()) + ".", e);
        }
    }

    /** A relative {@code filesystem:} location, made absolute against the working directory. */
    static String absolute(String locations, Path workingDirectory) {
        List<String> out = new ArrayList<>();
        for (String location : locations.split(",")) {
            String l = location.strip();
            if (l.startsWith("filesystem:")) {
                String path = l.substring("filesystem:".length());
                if (!Path.of(path).isAbsolute()) {
                    l = "filesystem:" + workingDirectory.resolve(path).normalize();
                }
            }
            if (!l.isEmpty()) {
                out.add(l);
            }
        }
        return String.join(",", out);
    }
}
