package io.drift.flyway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** The sample migration set (SQL and one Java migration), and copies of it a test can edit. */
final class Samples {

    /** V1, V2, V3 (Java), V4 and a repeatable view. */
    static final String SAMPLE = "classpath:io/drift/flyway/sample";
    /** The Java migration alone, for sets whose SQL is a copy on disk. */
    static final String JAVA = "classpath:io/drift/flyway/sample/java";
    /** V5, newer than the sample set: with it a database gets ahead of the sample. */
    static final String AHEAD = "classpath:io/drift/flyway/ahead";
    /** A set whose V2 alters a table no migration creates. */
    static final String BROKEN = "classpath:io/drift/flyway/broken";

    private Samples() {
    }

    static FluentConfiguration configure(DataSource dataSource, String... locations) {
        return Flyway.configure().dataSource(dataSource).locations(locations);
    }

    static Flyway flyway(DataSource dataSource, String... locations) {
        return configure(dataSource, locations).load();
    }

    /** Copies the sample's SQL migrations into {@code dir}; with {@link #JAVA} and {@code filesystem:dir} they are the sample. */
    static Path copySql(Path dir) {
        try {
            Path from = Path.of(Samples.class.getResource("/io/drift/flyway/sample/sql").toURI());
            Files.createDirectories(dir);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(from, "*.sql")) {
                for (Path f : files) {
                    Files.copy(f, dir.resolve(f.getFileName().toString()));
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String filesystem(Path dir) {
        return "filesystem:" + dir.toAbsolutePath();
    }
}
