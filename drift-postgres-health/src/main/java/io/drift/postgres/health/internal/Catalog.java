package io.drift.postgres.health.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Drift's own catalog reads for the health checks: the schemas to inspect, facts about the relations a check reports
 * (one query for all of them), and the SQL files in {@code io/drift/postgres/health/internal/sql/}.
 */
final class Catalog {

    private static final Map<String, String> SQL = new ConcurrentHashMap<>();

    private Catalog() {
    }

    /**
     * @param name a file name without {@code .sql}
     * @return its text
     */
    static String sql(String name) {
        return SQL.computeIfAbsent(name, n -> read(n).replace("{{inspected}}", read("inspected-schemas").strip()));
    }

    private static String read(String name) {
        try (InputStream in = Catalog.class.getResourceAsStream("sql/" + name + ".sql")) {
            if (in == null) {
                throw new IllegalStateException("Missing health check query sql/" + name + ".sql");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a row. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * @param name   a query in {@code sql/}
     * @param row    what each row becomes
     * @param params its parameters: strings, numbers, or lists of strings (as {@code text[]})
     * @return the rows, in the query's order
     */
    static <T> List<T> query(Connection connection, String name, Row<T> row, Object... params) throws SQLException {
        return run(connection, sql(name), row, params);
    }

    /** As {@link #query}, with the text of the query given. */
    static <T> List<T> run(Connection connection, String text, Row<T> row, Object... params) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(text)) {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                if (p instanceof List<?>) {
                    s.setArray(i + 1, connection.createArrayOf("text", ((List<?>) p).toArray()));
                } else {
                    s.setObject(i + 1, p);
                }
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
        }
        return out;
    }

    /**
     * @return the schemas a check inspects: every schema but the system's ({@code pg_*}, {@code information_schema})
     *         and those an extension created, in name order
     */
    static List<String> schemas(Connection connection) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql("schemas")); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                schemas.add(rs.getString(1));
            }
        }
        return schemas;
    }

    /** What a check needs to know about a relation pg-index-health reports. */
    record Relation(String name, char kind, boolean extensionMember) {
    }

    /** Facts about relations, by the name the server renders ({@code schema.name}). */
    static final class Facts {
        private final Map<String, Relation> relations;
        private final Set<List<String>> extensionRoutines;

        private Facts(Map<String, Relation> relations, Set<List<String>> extensionRoutines) {
            this.relations = relations;
            this.extensionRoutines = extensionRoutines;
        }

        /** @return whether a routine of that schema and name (any arguments) belongs to an extension */
        boolean extensionRoutine(String schema, String name) {
            return extensionRoutines.contains(List.of(schema, name));
        }

        /** @return the facts of a relation as pg-index-health names it, if it still exists */
        Optional<Relation> relation(String rendered) {
            return Optional.ofNullable(relations.get(Identifiers.relationSql(rendered)));
        }

        /** @return whether the relation belongs to an extension (or is gone) */
        boolean extensionMemberOrGone(String rendered) {
            return relation(rendered).map(Relation::extensionMember).orElse(true);
        }
    }

    /**
     * @param renderedNames relations as pg-index-health names them
     * @return their facts, read in one query
     */
    static Facts facts(Connection connection, Collection<String> renderedNames, boolean routines)
            throws SQLException {
        Set<List<String>> extensionRoutines = new HashSet<>();
        if (routines) {
            try (PreparedStatement s = connection.prepareStatement(sql("extension-routines"));
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    extensionRoutines.add(List.of(rs.getString(1), rs.getString(2)));
                }
            }
        }
        if (renderedNames.isEmpty()) {
            return new Facts(Map.of(), extensionRoutines);
        }
        LinkedHashSet<String> names = new LinkedHashSet<>();
        renderedNames.forEach(n -> names.add(Identifiers.relationSql(n)));
        Map<String, Relation> out = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(sql("relation-facts"))) {
            Array array = connection.createArrayOf("text", names.toArray());
            s.setArray(1, array);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString("name");
                    out.put(name, new Relation(name, rs.getString("relkind").charAt(0),
                            rs.getBoolean("extension_member")));
                }
            }
        }
        return new Facts(out, extensionRoutines);
    }
}
