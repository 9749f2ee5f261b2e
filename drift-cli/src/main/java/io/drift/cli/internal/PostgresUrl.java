package io.drift.cli.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A PostgreSQL JDBC URL taken apart: {@code jdbc:postgresql://host[:port][,host2[:port2]]/database?key=value&…},
 * {@code jdbc:postgresql:database}, {@code jdbc:postgresql:/}. Also accepts {@code user:password@} before the hosts,
 * which the driver does not, so that such a URL still gets its password masked and used. Missing parts are filled
 * from the libpq variables ({@code PGHOST}, {@code PGPORT}, {@code PGDATABASE}) by {@link #withDefaults}.
 *
 * @param hosts      the hosts with their ports (0 when not given), at least one after {@link #withDefaults}
 * @param database   the database name, or empty
 * @param parameters the query parameters, decoded, in order; {@code user} and {@code password} among them
 */
public record PostgresUrl(List<HostPort> hosts, String database, Map<String, String> parameters) {

    /** The prefix every URL this class reads starts with. */
    public static final String PREFIX = "jdbc:postgresql:";
    /** PostgreSQL's port when none is given. */
    public static final int DEFAULT_PORT = 5432;

    /** One host of a URL. @param host the name or address; @param port the port, 0 when not given */
    public record HostPort(String host, int port) {
        @Override
        public String toString() {
            String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
            return port == 0 ? h : h + ":" + port;
        }
    }

    public PostgresUrl {
        hosts = List.copyOf(hosts);
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** @return whether {@code text} looks like a PostgreSQL JDBC URL */
    public static boolean isPostgresUrl(String text) {
        return text != null && text.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /**
     * @param url a PostgreSQL JDBC URL
     * @return its parts
     * @throws IllegalArgumentException for a URL this class cannot read, with a message that never holds the password
     */
    public static PostgresUrl parse(String url) {
        if (!isPostgresUrl(url)) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: '" + Redaction.redactUrl(url)
                    + "'. Write it as jdbc:postgresql://host:port/database.");
        }
        String rest = url.substring(PREFIX.length());
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        Map<String, String> parameters = parseQuery(query, url);
        List<HostPort> hosts = new ArrayList<>();
        String database;
        if (rest.startsWith("//")) {
            String authority = rest.substring(2);
            int slash = authority.indexOf('/');
            database = slash < 0 ? "" : authority.substring(slash + 1);
            authority = slash < 0 ? authority : authority.substring(0, slash);
            int at = authority.lastIndexOf('@');
            if (at >= 0) {
                String userInfo = authority.substring(0, at);
                authority = authority.substring(at + 1);
                int colon = userInfo.indexOf(':');
                String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), url);
                if (!user.isEmpty()) {
                    parameters.putIfAbsent("user", user);
                }
                if (colon >= 0) {
                    parameters.putIfAbsent("password", decode(userInfo.substring(colon + 1), url));
                }
            }
            if (!authority.isEmpty()) {
                for (String spec : authority.split(",", -1)) {
                    hosts.add(parseHost(spec, url));
                }
            }
        } else {
            database = rest.startsWith("/") ? rest.substring(1) : rest;
        }
        return new PostgresUrl(hosts, decode(database, url), parameters);
    }

    private static Map<String, String> parseQuery(String query, String url) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            parameters.put(decode(key, url), decode(value, url));
        }
        return parameters;
    }

    private static HostPort parseHost(String spec, String url) {
        String host = spec;
        String port = "";
        if (spec.startsWith("[")) {
            int close = spec.indexOf(']');
            if (close < 0) {
                throw bad(url, "an IPv6 address has no closing ']'");
            }
            host = spec.substring(1, close);
            String after = spec.substring(close + 1);
            if (after.startsWith(":")) {
                port = after.substring(1);
            } else if (!after.isEmpty()) {
                throw bad(url, "unexpected text after ']'");
            }
        } else {
            int colon = spec.lastIndexOf(':');
            if (colon >= 0) {
                host = spec.substring(0, colon);
                port = spec.substring(colon + 1);
            }
        }
        if (host.isEmpty()) {
            throw bad(url, "a host is empty");
        }
        int portNumber = 0;
        if (!port.isEmpty()) {
            try {
                portNumber = Integer.parseInt(port);
            } catch (NumberFormatException e) {
                throw bad(url, "the port '" + port + "' is not a number");
            }
            if (portNumber < 1 || portNumber > 65535) {
                throw bad(url, "the port " + portNumber + " is not between 1 and 65535");
            }
        }
        return new HostPort(host, portNumber);
    }

    private static String decode(String text, String url) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw bad(url, "it holds a malformed %-escape");
        }
    }

    private static IllegalArgumentException bad(String url, String problem) {
        return new IllegalArgumentException("Cannot read the URL '" + Redaction.redactUrl(url) + "': " + problem
                + ". Write it as jdbc:postgresql://host:port/database.");
    }

    /** @return the {@code user} parameter, if any */
    public Optional<String> user() {
        return Optional.ofNullable(parameters.get("user")).filter(s -> !s.isEmpty());
    }

    /** @return the {@code password} parameter, if any */
    public Optional<String> password() {
        return Optional.ofNullable(parameters.get("password"));
    }

    /**
     * Fills what the URL leaves out the way libpq does: host from {@code PGHOST} (else {@code localhost}), port from
     * {@code PGPORT} (else 5432), database from {@code PGDATABASE} (else the user name).
     *
     * @param env  the environment
     * @param user the user the connection will use, the last fallback for the database name
     * @return a URL with hosts, ports and a database
     */
    public PostgresUrl withDefaults(Map<String, String> env, String user) {
        int defaultPort = DEFAULT_PORT;
        String envPort = env.get("PGPORT");
        if (envPort != null && !envPort.isBlank()) {
            try {
                defaultPort = Integer.parseInt(envPort.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("PGPORT='" + envPort + "' is not a port number. Fix or unset it.");
            }
        }
        List<HostPort> filled = new ArrayList<>();
        if (hosts.isEmpty()) {
            String envHost = env.get("PGHOST");
            String host = envHost == null || envHost.isBlank() || envHost.startsWith("/") ? "localhost" : envHost.trim();
            filled.add(new HostPort(host, defaultPort));
        } else {
            for (HostPort hp : hosts) {
                filled.add(hp.port() == 0 ? new HostPort(hp.host(), defaultPort) : hp);
            }
        }
        String db = database;
        if (db.isEmpty()) {
            String envDb = env.get("PGDATABASE");
            db = envDb != null && !envDb.isBlank() ? envDb.trim() : user;
        }
        return new PostgresUrl(filled, db, parameters);
    }

    /** @return the JDBC URL for the driver, without {@code user} and {@code password}, which go as properties */
    public String toJdbcUrl() {
        StringJoiner hostList = new StringJoiner(",");
        hosts.forEach(h -> hostList.add(h.toString()));
        StringBuilder url = new StringBuilder(PREFIX).append("//").append(hostList).append('/')
                .append(encode(database));
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((k, v) -> {
            String key = k.toLowerCase(Locale.ROOT);
            if (!key.equals("user") && !key.equals("password")) {
                query.add(encode(k) + "=" + encode(v));
            }
        });
        if (query.length() > 0) {
            url.append('?').append(query);
        }
        return url.toString();
    }

    /** @return a short name for messages: {@code db.example:5432/app}, with no credentials */
    public String display() {
        StringJoiner hostList = new StringJoiner(",");
        hosts.forEach(h -> hostList.add(h.toString()));
        return hostList + "/" + database;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "PostgresUrl[" + display() + "]";
    }
}
