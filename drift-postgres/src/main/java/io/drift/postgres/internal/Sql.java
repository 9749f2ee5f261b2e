package io.drift.postgres.internal;

import io.drift.core.diff.Missing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalog SQL, one file per query in {@code io/drift/postgres/internal/sql/}. Where the catalog differs between
 * versions there is a file per version that changed it: for server major {@code m}, {@code name-pgN.sql} with the
 * highest {@code N <= m} wins, else {@code name.sql} (so {@code indexes.sql} and {@code indexes-pg15.sql}).
 */
final class Sql {

    /** The oldest server the queries are written for. */
    static final int OLDEST = 12;

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Sql() {
    }

    /**
     * @param name        the query name: {@code columns}
     * @param serverMajor the server's major version
     * @return the SQL text for that version
     */
    static String load(String name, int serverMajor) {
        return CACHE.computeIfAbsent(name + "@" + serverMajor, k -> {
            for (int v = serverMajor; v >= OLDEST; v--) {
                String text = read(name + "-pg" + v + ".sql");
                if (text != null) {
                    return text;
                }
            }
            String text = read(name + ".sql");
            if (text == null) {
                throw new IllegalStateException("Missing catalog query sql/" + name + ".sql");
            }
            return text;
        });
    }

    private static String read(String file) {
        try (InputStream in = Sql.class.getResourceAsStream("sql/" + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
