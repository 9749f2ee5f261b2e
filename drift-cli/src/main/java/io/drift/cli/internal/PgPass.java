package io.drift.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * libpq's password file: {@code hostname:port:database:username:password} per line, {@code #} comments, a field of
 * exactly {@code *} matching anything, {@code \:} and {@code \\} escaping a colon and a backslash, the first matching
 * line winning. Found at {@code PGPASSFILE}, else {@code ~/.pgpass}; as in libpq, a file that the group or others can
 * read is ignored, with a warning.
 */
public final class PgPass {

    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    /** One field of a line: a literal value, or the wildcard. */
    record Field(String value, boolean wildcard) {
        boolean matches(String candidate) {
            return wildcard || value.equals(candidate);
        }
    }

    /** One line of the file. */
    public record Entry(Field host, Field port, Field database, Field user, String password) {
        boolean matches(String h, String p, String d, String u) {
            return host.matches(h) && port.matches(p) && database.matches(d) && user.matches(u);
        }
    }

    private final List<Entry> entries;

    private PgPass(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * @param content the text of a password file
     * @return its entries; lines that are comments, blank, or have fewer than five fields are skipped, as in libpq
     */
    public static PgPass parse(String content) {
        List<Entry> entries = new ArrayList<>();
        for (String line : content.split("\r?\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<Field> fields = split(line);
            if (fields.size() < 5) {
                continue;
            }
            entries.add(new Entry(fields.get(0), fields.get(1), fields.get(2), fields.get(3), fields.get(4).value()));
        }
        return new PgPass(entries);
    }

    // Splits on unescaped colons; a field is the wildcard only when it is exactly an unescaped "*".
    private static List<Field> split(String line) {
        List<Field> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean escapedSomething = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                current.append(line.charAt(++i));
                escapedSomething = true;
            } else if (c == ':' && fields.size() < 4) {
                fields.add(field(current, escapedSomething));
                current.setLength(0);
                escapedSomething = false;
            } else if (c == ':') {
                // libpq ends the password at an unescaped colon and ignores the rest of the line.
                break;
            } else {
                current.append(c);
            }
        }
        fields.add(field(current, escapedSomething));
        return fields;
    }

    private static Field field(StringBuilder text, boolean escaped) {
        String value = text.toString();
        return new Field(value, !escaped && value.equals("*"));
    }

    /**
     * @param host     the host connected to
     * @param port     the port
     * @param database the database
     * @param user     the user
     * @return the password of the first matching line
     */
    public Optional<String> find(String host, int port, String database, String user) {
        String p = Integer.toString(port);
        return entries.stream().filter(e -> e.matches(host, p, database, user)).map(Entry::password).findFirst();
    }

    /** @return how many entries the file holds */
    public int size() {
        return entries.size();
    }

    /**
     * @param env  the environment: {@code PGPASSFILE}, else {@code HOME}
     * @return where the password file is, whether or not it exists
     */
    public static Optional<Path> location(Map<String, String> env) {
        String explicit = env.get("PGPASSFILE");
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(Path.of(explicit));
        }
        String home = env.get("HOME");
        if (home == null || home.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Path.of(home, ".pgpass"));
    }

    /**
     * Looks a password up in the password file named by the environment.
     *
     * @param env  the environment
     * @param warn receives a warning when the file is there but ignored or unreadable
     * @return the entries, or empty when there is no usable file
     */
    public static Optional<PgPass> load(Map<String, String> env, Consumer<String> warn) {
        Optional<Path> location = location(env);
        if (location.isEmpty() || !Files.isRegularFile(location.get())) {
            return Optional.empty();
        }
        Path file = location.get();
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            try {
                Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
                if (permissions.stream().anyMatch(GROUP_OR_OTHERS::contains)) {
                    warn.accept("password file " + file + " is ignored because the group or others can read it;"
                            + " run: chmod 0600 " + file);
                    return Optional.empty();
                }
            } catch (IOException e) {
                warn.accept("cannot read the permissions of password file " + file + " (" + e.getMessage() + ")");
                return Optional.empty();
            }
        }
        try {
            return Optional.of(parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            warn.accept("cannot read password file " + file + " (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }
}
