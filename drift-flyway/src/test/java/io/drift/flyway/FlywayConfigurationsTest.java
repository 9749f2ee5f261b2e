package io.drift.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.core.DriftException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlywayConfigurationsTest {

    @TempDir
    Path home;
    @TempDir
    Path project;

    private FlywayConfigurations.Loader loader(Map<String, String> env) {
        return FlywayConfigurations.loader().environment(env).userHome(home).workingDirectory(project);
    }

    private static List<String> locations(Configuration c) {
        return java.util.Arrays.stream(c.getLocations()).map(Location::getDescriptor).toList();
    }

    @Test
    void without_files_or_variables_it_is_flyways_default() {
        Configuration c = loader(Map.of()).load();

        assertThat(locations(c)).containsExactly("classpath:db/migration");
        assertThat(c.getTable()).isEqualTo("flyway_schema_history");
        assertThat(loader(Map.of()).files()).isEmpty();
    }

    @Test
    void flyway_toml_is_read_with_its_environment_and_env_references() throws Exception {
        Files.writeString(project.resolve("flyway.toml"), """
                [environments.default]
                url = "jdbc:postgresql://localhost/app"
                user = "app"
                password = "${env.APP_DB_PASSWORD}"
                schemas = ["app", "Audit Trail"]

                [environments.prod]
                url = "jdbc:postgresql://prod/app"
                schemas = ["prod"]

                [flyway]
                locations = ["filesystem:sql", "classpath:db/extra"]
                table = "schema_versions"

                [flyway.placeholders]
                tenant = "acme"
                """);

        Configuration c = loader(Map.of("APP_DB_PASSWORD", "s3cret")).load();

        assertThat(locations(c)).containsExactlyInAnyOrder("filesystem:" + project.resolve("sql"),
                "classpath:db/extra");
        assertThat(c.getTable()).isEqualTo("schema_versions");
        assertThat(c.getSchemas()).containsExactly("app", "Audit Trail");
        assertThat(c.getPlaceholders()).containsEntry("tenant", "acme");
        assertThat(c.getUser()).isEqualTo("app");
        assertThat(c.getPassword()).isEqualTo("s3cret");

        // flyway.environment chooses among the environments; a later file (flyway.user.toml) may set it too.
        Files.writeString(project.resolve("flyway.user.toml"), "[flyway]\nenvironment = \"prod\"\n"
                + "[environments.prod]\nschemas = [\"prod\"]\n");
        assertThat(loader(Map.of()).load().getSchemas()).containsExactly("prod");
    }

    @Test
    void later_sources_win_conf_then_toml_then_listed_files_then_variables_then_options() throws Exception {
        Files.writeString(home.resolve("flyway.conf"), "flyway.table=from_home_conf\nflyway.schemas=home\n");
        Files.writeString(project.resolve("flyway.toml"), "[flyway]\ntable = \"from_project_toml\"\n");
        Path extra = Files.writeString(project.resolve("ci.conf"), "flyway.placeholders.stage=ci\n");

        FlywayConfigurations.Loader loader = loader(Map.of("FLYWAY_CONFIG_FILES", "ci.conf",
                "FLYWAY_LOCATIONS", "classpath:from/env", "FLYWAY_PLACEHOLDERS_REGION", "eu"));

        assertThat(loader.files()).containsExactly(home.resolve("flyway.conf"), project.resolve("flyway.toml"),
                extra);
        Configuration c = loader.load();
        assertThat(c.getTable()).isEqualTo("from_project_toml");
        assertThat(c.getSchemas()).containsExactly("home");
        assertThat(c.getPlaceholders()).containsEntry("stage", "ci").containsEntry("region", "eu");
        assertThat(locations(c)).containsExactly("classpath:from/env");

        Configuration overridden = loader(Map.of("FLYWAY_LOCATIONS", "classpath:from/env"))
                .locations("filesystem:db").property("flyway.table", "given").load();
        assertThat(locations(overridden)).containsExactly("filesystem:" + project.resolve("db"));
        assertThat(overridden.getTable()).isEqualTo("given");
    }

    @Test
    void mistakes_are_one_clear_error_naming_the_file() throws Exception {
        Files.writeString(project.resolve("flyway.conf"), "flyway.tabel=oops\n");
        assertThatThrownBy(() -> loader(Map.of()).load())
                .isInstanceOfSatisfying(DriftException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DriftException.Reason.INVALID_CONFIG);
                    assertThat(e.getMessage()).startsWith("Flyway refuses its configuration (read from "
                            + project.resolve("flyway.conf") + "): ").contains("flyway.tabel");
                });
        Files.delete(project.resolve("flyway.conf"));

        Files.writeString(project.resolve("flyway.toml"), "[flyway\nlocations = 1\n");
        assertThatThrownBy(() -> loader(Map.of()).load())
                .hasMessageStartingWith("Flyway's configuration file " + project.resolve("flyway.toml")
                        + " is not valid TOML: ");

        Files.writeString(project.resolve("flyway.toml"), "[flyway]\nlocations = [\"${env.NOT_SET}\"]\n");
        assertThatThrownBy(() -> loader(Map.of()).load())
                .hasMessage("Flyway's configuration file " + project.resolve("flyway.toml") + " sets flyway.locations"
                        + " from ${env.NOT_SET}, which is not set. Set it, or remove the setting.");

        assertThatThrownBy(() -> loader(Map.of()).defaultFiles(false).configFiles(List.of(Path.of("missing.toml")))
                .load())
                .hasMessage("Flyway's configuration file " + project.resolve("missing.toml") + " does not exist."
                        + " Check the name (given to --flyway-config, or in FLYWAY_CONFIG_FILES).");
    }
}
