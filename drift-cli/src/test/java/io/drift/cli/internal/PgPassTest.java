package io.drift.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgPassTest {

    @TempDir
    Path home;

    @Test
    void first_matching_line_wins() {
        PgPass pgPass = PgPass.parse("""
                # comment
                db.example:5432:app:app:first
                db.example:5432:app:app:second
                """);
        assertThat(pgPass.find("db.example", 5432, "app", "app")).contains("first");
    }

    @Test
    void star_matches_any_value() {
        PgPass pgPass = PgPass.parse("*:*:*:app:any\n");
        assertThat(pgPass.find("h", 1, "x", "app")).contains("any");
        assertThat(pgPass.find("h", 1, "x", "other")).isEmpty();
    }

    @Test
    void each_field_must_match() {
        PgPass pgPass = PgPass.parse("h:5432:db:u:p\n");
        assertThat(pgPass.find("h", 5432, "db", "u")).contains("p");
        assertThat(pgPass.find("H", 5432, "db", "u")).isEmpty();
        assertThat(pgPass.find("h", 5433, "db", "u")).isEmpty();
        assertThat(pgPass.find("h", 5432, "other", "u")).isEmpty();
        assertThat(pgPass.find("h", 5432, "db", "v")).isEmpty();
    }

    @Test
    void backslash_escapes_colon_and_backslash() {
        PgPass pgPass = PgPass.parse("h:5432:db\\:x:u:pa\\:ss\\\\word\n");
        assertThat(pgPass.find("h", 5432, "db:x", "u")).contains("pa:ss\\word");
    }

    @Test
    void an_escaped_star_is_a_literal_star() {
        PgPass pgPass = PgPass.parse("h:5432:\\*:u:p\n");
        assertThat(pgPass.find("h", 5432, "db", "u")).isEmpty();
        assertThat(pgPass.find("h", 5432, "*", "u")).contains("p");
    }

    @Test
    void short_lines_are_skipped_and_crlf_is_fine() {
        PgPass pgPass = PgPass.parse("h:5432:db:u\r\nh:5432:db:u:p\r\n");
        assertThat(pgPass.size()).isEqualTo(1);
        assertThat(pgPass.find("h", 5432, "db", "u")).contains("p");
    }

    @Test
    void password_ends_at_an_unescaped_colon() {
        assertThat(PgPass.parse("h:1:d:u:p:extra\n").find("h", 1, "d", "u")).contains("p");
    }

    @Test
    void pgpassfile_overrides_home() throws IOException {
        Path file = home.resolve("elsewhere");
        write(file, "*:*:*:*:from-pgpassfile\n");
        write(home.resolve(".pgpass"), "*:*:*:*:from-home\n");
        assertThat(PgPass.load(Map.of("PGPASSFILE", file.toString(), "HOME", home.toString()), w -> { })
                .flatMap(p -> p.find("h", 1, "d", "u"))).contains("from-pgpassfile");
        assertThat(PgPass.load(Map.of("HOME", home.toString()), w -> { })
                .flatMap(p -> p.find("h", 1, "d", "u"))).contains("from-home");
    }

    @Test
    void a_file_others_can_read_is_ignored_with_a_warning() throws IOException {
        Path file = home.resolve(".pgpass");
        write(file, "*:*:*:*:p\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        List<String> warnings = new ArrayList<>();
        assertThat(PgPass.load(Map.of("HOME", home.toString()), warnings::add)).isEmpty();
        assertThat(warnings).singleElement().asString().contains("chmod 0600");
    }

    @Test
    void no_file_means_no_entries() {
        assertThat(PgPass.load(Map.of("HOME", home.toString()), w -> { })).isEmpty();
        assertThat(PgPass.load(Map.of(), w -> { })).isEmpty();
    }

    static void write(Path file, String content) throws IOException {
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
}
