package io.drift.core.config;

import static io.drift.core.config.internal.Yaml.error;

import io.drift.core.DriftException;
import io.drift.core.check.Check;
import io.drift.core.check.CheckOptions;
import io.drift.core.check.FindingCode;
import io.drift.core.check.Suppression;
import io.drift.core.check.internal.RequiredObjectsCheck;
import io.drift.core.config.internal.Yaml;
import io.drift.core.config.internal.Yaml.Entry;
import io.drift.core.config.internal.Yaml.ListNode;
import io.drift.core.config.internal.Yaml.Location;
import io.drift.core.config.internal.Yaml.MapNode;
import io.drift.core.config.internal.Yaml.Node;
import io.drift.core.config.internal.Yaml.Scalar;
import io.drift.core.diff.Severity;
import io.drift.core.internal.Names;
import io.drift.core.model.ObjectGlob;
import io.drift.core.model.ObjectPath;
import io.drift.core.snapshot.SnapshotFiles;

import java.io.IOException;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Turns the YAML tree of a {@code drift.yaml} into a {@link DriftConfig}, refusing every mistake with its place. */
final class ConfigReader {

    static final List<String> TOP_LEVEL = List.of("database", "schemas", "baseline", "reference", "require",
            "row-counts", "checks", "suppressions", "severity", "fail-on", "timeout", "check-timeout");
    private static final List<String> CONNECTION_KEYS = List.of("url", "user");
    private static final List<String> SUPPRESSION_KEYS = List.of("code", "objects", "reason", "expires");
    private static final List<String> ROW_RULE_KEYS = List.of("min", "max", "estimate");

    private final String file;
    private final Path baseDirectory;
    private final Map<String, Check> known;
    private final DriftConfig.Builder builder = DriftConfig.builder();
    /** For each check id and option, where the option was set, to refuse the same option set twice. */
    private final Map<String, Map<String, Location>> set = new LinkedHashMap<>();

    ConfigReader(String file, Path baseDirectory, Map<String, Check> known) {
        this.file = file;
        this.baseDirectory = baseDirectory;
        this.known = known;
        builder.source(file);
    }

    DriftConfig read(Reader in) throws IOException {
        MapNode root = Yaml.parse(in, file);
        for (Entry e : root.entries().values()) {
            if (!TOP_LEVEL.contains(e.key())) {
                throw unknownKey(e, "at the top level", TOP_LEVEL);
            }
        }
        Entry schemas = root.entries().get("schemas");
        if (schemas != null) {
            builder.schemas(schemaNames(schemas));
        }
        Entry database = root.entries().get("database");
        if (database != null) {
            builder.database(connection(database));
        }
        Entry baseline = root.entries().get("baseline");
        Entry reference = root.entries().get("reference");
        if (baseline != null && reference != null) {
            throw error(reference.keyLocation(), "Give a baseline or a reference database, not both (baseline is"
                    + " at line " + baseline.keyLocation().line() + ").");
        }
        if (baseline != null) {
            builder.baseline(baselineFile(baseline));
        }
        if (reference != null) {
            builder.reference(connection(reference));
        }
        Entry checks = root.entries().get("checks");
        if (checks != null) {
            checks(checks);
        }
        Entry require = root.entries().get("require");
        if (require != null) {
            require(require, baseline);
        }
        Entry rowCounts = root.entries().get("row-counts");
        if (rowCounts != null) {
            rowCounts(rowCounts);
        }
        Entry suppressions = root.entries().get("suppressions");
        if (suppressions != null) {
            suppressions(suppressions);
        }
        Entry severity = root.entries().get("severity");
        if (severity != null) {
            severities(severity);
        }
        Entry failOn = root.entries().get("fail-on");
        if (failOn != null) {
            builder.failOn(severity(failOn.value(), "fail-on"));
        }
        Entry timeout = root.entries().get("timeout");
        if (timeout != null) {
            builder.timeout(duration(timeout.value(), "timeout"));
        }
        Entry checkTimeout = root.entries().get("check-timeout");
        if (checkTimeout != null) {
            builder.checkTimeout(duration(checkTimeout.value(), "check-timeout"));
        }
        DriftConfig config = builder.build();
        validateOptions(config);
        return config;
    }

    // ------------------------------------------------------------------------------------------------------ sections

    private List<String> schemaNames(Entry e) {
        List<String> names = new ArrayList<>();
        for (Node n : oneOrMany(e.value())) {
            String name = text(n, "schemas");
            if (name.isBlank()) {
                throw error(n.location(), "A schema name must not be empty.");
            }
            names.add(name);
        }
        return names;
    }

    private ConnectionSettings connection(Entry e) {
        MapNode map = map(e.value(), e.key());
        String url = null;
        String user = null;
        for (Entry item : map.entries().values()) {
            if (item.key().equalsIgnoreCase("password")) {
                throw error(item.keyLocation(), "A password never goes in drift.yaml. Remove it, and give it in"
                        + " DRIFT_PASSWORD or PGPASSWORD, in ~/.pgpass, or at the --password prompt.");
            }
            if (!CONNECTION_KEYS.contains(item.key())) {
                throw unknownKey(item, "in " + e.key(), CONNECTION_KEYS);
            }
            if (item.key().equals("url")) {
                url = text(item.value(), e.key() + ".url");
            } else {
                user = text(item.value(), e.key() + ".user");
            }
        }
        if (url == null) {
            throw error(e.keyLocation(), e.key() + " needs a url: jdbc:postgresql://host:port/database.");
        }
        try {
            return new ConnectionSettings(url, user);
        } catch (DriftException ex) {
            throw error(map.entries().get(ConnectionSettings.holdsPassword(url) || !url.regionMatches(true, 0,
                    "jdbc:", 0, 5) || user == null ? "url" : "user").value().location(), ex.getMessage());
        }
    }

    private Path baselineFile(Entry e) {
        String text = text(e.value(), "baseline");
        Path path;
        try {
            path = baseDirectory.resolve(text).normalize();
        } catch (InvalidPathException ex) {
            throw error(e.value().location(), "'" + text + "' is not a file name.");
        }
        if (!Files.exists(path)) {
            throw error(e.value().location(), "The baseline file " + text + " does not exist (looked for " + path
                    + "). Write it with 'drift snapshot --output " + text + "', or correct the path (relative to the"
                    + " directory of " + file + ").");
        }
        if (!Files.isRegularFile(path)) {
            throw error(e.value().location(), "The baseline " + text + " is not a file. Name a snapshot file written"
                    + " by 'drift snapshot'.");
        }
        return path;
    }

    private void checks(Entry e) {
        MapNode map = map(e.value(), "checks");
        for (Entry section : map.entries().values()) {
            Check check = known.get(section.key());
            if (check == null) {
                throw error(section.keyLocation(), "Unknown check '" + section.key() + "'."
                        + Names.didYouMean(section.key(), known.keySet()) + " Known checks: "
                        + String.join(", ", new TreeSet<>(known.keySet())) + ".");
            }
            if (section.value() instanceof Scalar && ((Scalar) section.value()).value() instanceof Boolean) {
                enable(check.id(), (Boolean) ((Scalar) section.value()).value());
                continue;
            }
            if (section.value() instanceof Scalar && ((Scalar) section.value()).value() == null) {
                enable(check.id(), true);
                continue;
            }
            MapNode options = map(section.value(), "checks." + check.id());
            boolean enabled = true;
            for (Entry option : options.entries().values()) {
                if (option.key().equals("enabled")) {
                    enabled = bool(option.value(), "checks." + check.id() + ".enabled");
                    continue;
                }
                if (!check.optionNames().contains(option.key())) {
                    Set<String> names = new TreeSet<>(check.optionNames());
                    names.add("enabled");
                    throw error(option.keyLocation(), "Check " + check.id() + " has no option '" + option.key()
                            + "'." + Names.didYouMean(option.key(), names) + " Its options: " + String.join(", ",
                            names) + ".");
                }
                setOption(check.id(), option.key(), plain(option.value(), check.id(), option.key()),
                        option.keyLocation());
            }
            enable(check.id(), enabled);
        }
    }

    private void enable(String id, boolean on) {
        if (on) {
            builder.enable(id);
        } else {
            builder.disable(id);
        }
    }

    private void require(Entry e, Entry baseline) {
        String id = DriftConfig.REQUIRED_OBJECTS;
        requireKnown(id, e);
        MapNode map = map(e.value(), "require");
        List<String> keys = new ArrayList<>();
        for (RequiredObjectsCheck.Kind kind : RequiredObjectsCheck.Kind.values()) {
            keys.add(kind.option());
        }
        keys.add("baseline-tables");
        for (Entry item : map.entries().values()) {
            if (!keys.contains(item.key())) {
                throw unknownKey(item, "in require", keys);
            }
            if (item.key().equals("baseline-tables")) {
                boolean on = bool(item.value(), "require.baseline-tables");
                if (on && baseline == null) {
                    throw error(item.keyLocation(), "Every table of the baseline is required, but there is no"
                            + " baseline: add baseline: FILE (a snapshot written by 'drift snapshot').");
                }
                setOption(id, "baseline-tables", on, item.keyLocation());
                continue;
            }
            RequiredObjectsCheck.Kind kind = RequiredObjectsCheck.Kind.valueOf(item.key().equals("objects") ? "ANY"
                    : item.key().substring(0, item.key().length() - (item.key().equals("indexes") ? 2 : 1))
                    .toUpperCase(Locale.ROOT));
            List<String> paths = new ArrayList<>();
            for (Node n : oneOrMany(item.value())) {
                String text = text(n, "require." + item.key());
                ObjectPath path;
                try {
                    path = RequiredObjectsCheck.parse(kind, text);
                } catch (DriftException ex) {
                    throw error(n.location(), ex.getMessage());
                }
                requireInSchemas(path, n.location());
                paths.add(text);
            }
            setOption(id, item.key(), paths, item.keyLocation());
        }
    }

    /** An object outside the captured schemas would always be reported missing: say so now. */
    private void requireInSchemas(ObjectPath path, Location where) {
        List<String> schemas = builder.schemas;
        if (!schemas.isEmpty() && !schemas.contains(path.first())) {
            throw error(where, path + " is in schema " + path.first() + ", which schemas leaves out (" + schemas
                    + "), so it would always be missing. Add the schema to schemas, or correct the path.");
        }
    }

    private void rowCounts(Entry e) {
        String id = DriftConfig.ROW_COUNTS;
        requireKnown(id, e);
        MapNode map = map(e.value(), "row-counts");
        Map<String, Object> tables = new LinkedHashMap<>();
        Map<String, Location> where = new LinkedHashMap<>();
        for (Entry item : map.entries().values()) {
            ObjectPath table;
            try {
                table = RowCountRule.parse(item.key());
            } catch (DriftException ex) {
                throw error(item.keyLocation(), ex.getMessage());
            }
            Long min = null;
            Long max = null;
            boolean estimate = false;
            String prefix = "tables." + item.key() + ".";
            if (item.value() instanceof MapNode) {
                for (Entry r : ((MapNode) item.value()).entries().values()) {
                    if (!ROW_RULE_KEYS.contains(r.key())) {
                        throw unknownKey(r, "in the row-count rule of " + item.key(), ROW_RULE_KEYS);
                    }
                    where.put(prefix + r.key(), r.value().location());
                    switch (r.key()) {
                        case "min":
                            min = count(r.value(), "row-counts." + item.key() + ".min");
                            break;
                        case "max":
                            max = count(r.value(), "row-counts." + item.key() + ".max");
                            break;
                        default:
                            estimate = bool(r.value(), "row-counts." + item.key() + ".estimate");
                    }
                }
            } else {
                min = count(item.value(), "row-counts." + item.key() + " (its minimum)");
            }
            RowCountRule rule;
            try {
                rule = new RowCountRule(table, min, max, estimate);
            } catch (DriftException ex) {
                throw error(item.keyLocation(), ex.getMessage());
            }
            Map<String, Object> r = new LinkedHashMap<>();
            if (rule.min() != null) {
                r.put("min", rule.min());
            }
            if (rule.max() != null) {
                r.put("max", rule.max());
            }
            r.put("estimate", rule.estimate());
            tables.put(table.toString(), r);
            where.putIfAbsent("tables." + table, item.keyLocation());
        }
        setOption(id, "tables", tables, e.keyLocation());
        Map<String, String> origins = builder.origins.computeIfAbsent(id, k -> new LinkedHashMap<>());
        where.forEach((k, v) -> origins.put(k, v.toString()));
    }

    private void suppressions(Entry e) {
        if (!(e.value() instanceof ListNode) && !(e.value() instanceof Scalar && ((Scalar) e.value()).value() == null)) {
            throw error(e.value().location(), "suppressions must be a list (each item starting with '- code:'), not "
                    + e.value().describe() + ".");
        }
        Set<String> codes = knownCodes();
        for (Node item : oneOrMany(e.value())) {
            MapNode map = map(item, "a suppression");
            String code = null;
            List<String> globs = new ArrayList<>();
            String reason = null;
            LocalDate expires = null;
            for (Entry field : map.entries().values()) {
                if (!SUPPRESSION_KEYS.contains(field.key())) {
                    throw unknownKey(field, "in a suppression", SUPPRESSION_KEYS);
                }
                switch (field.key()) {
                    case "code":
                        code = text(field.value(), "code").strip();
                        if (!codes.contains(code)) {
                            throw error(field.value().location(), "No check emits the code '" + code + "'."
                                    + Names.didYouMean(code, codes) + " The codes are listed in docs/checks.md.");
                        }
                        break;
                    case "objects":
                        for (Node g : oneOrMany(field.value())) {
                            String glob = text(g, "objects");
                            try {
                                ObjectGlob.requireValid(glob);
                            } catch (DriftException ex) {
                                throw error(g.location(), ex.getMessage());
                            }
                            globs.add(glob);
                        }
                        break;
                    case "reason":
                        reason = text(field.value(), "reason");
                        break;
                    default:
                        expires = date(field.value(), "expires");
                }
            }
            if (code == null) {
                throw error(map.location(), "A suppression needs the code it suppresses (code: PG-FK-WITHOUT-INDEX).");
            }
            if (reason == null || reason.isBlank()) {
                throw error(map.location(), "The suppression of " + code + " needs a reason: say why the finding is"
                        + " accepted, for the next person to read it.");
            }
            builder.suppress(new Suppression(code, ObjectGlob.of(globs), reason, expires));
        }
    }

    private void severities(Entry e) {
        Set<String> codes = knownCodes();
        for (Entry item : map(e.value(), "severity").entries().values()) {
            if (!codes.contains(item.key())) {
                throw error(item.keyLocation(), "No check emits the code '" + item.key() + "'."
                        + Names.didYouMean(item.key(), codes) + " The codes are listed in docs/checks.md.");
            }
            builder.severity(item.key(), severity(item.value(), "severity." + item.key()));
        }
    }

    // ------------------------------------------------------------------------------------------ options of checks

    private void requireKnown(String id, Entry e) {
        if (!known.containsKey(id)) {
            throw error(e.keyLocation(), e.key() + " is read by the check " + id + ", which is not on the class path"
                    + (id.equals(DriftConfig.ROW_COUNTS) ? " (it comes with io.drift:drift-postgres)" : "") + ".");
        }
    }

    private void setOption(String id, String option, Object value, Location where) {
        Map<String, Location> seen = set.computeIfAbsent(id, k -> new LinkedHashMap<>());
        Location first = seen.putIfAbsent(option, where);
        if (first != null) {
            throw error(where, "The option " + option + " of " + id + " is already set at line " + first.line()
                    + ". Keep one.");
        }
        builder.options.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(option, value);
        builder.origins.computeIfAbsent(id, k -> new LinkedHashMap<>()).putIfAbsent(option, where.toString());
    }

    /** The YAML as plain values, recording where each nested option was written. */
    private Object plain(Node node, String id, String path) {
        builder.origins.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(path, node.location().toString());
        if (node instanceof Scalar) {
            return ((Scalar) node).value();
        }
        if (node instanceof ListNode) {
            List<Object> out = new ArrayList<>();
            for (Node item : ((ListNode) node).items()) {
                Object v = plain(item, id, path);
                if (v instanceof Map) {
                    throw error(item.location(), "The option " + path + " of " + id + " is a list of values,"
                            + " not of sections.");
                }
                out.add(v);
            }
            builder.origins.get(id).put(path, node.location().toString());
            return out;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Entry e : ((MapNode) node).entries().values()) {
            out.put(e.key(), plain(e.value(), id, path + "." + e.key()));
        }
        return out;
    }

    private void validateOptions(DriftConfig config) {
        for (Map.Entry<String, CheckOptions> e : config.checkOptions().entrySet()) {
            Check check = known.get(e.getKey());
            if (check == null) {
                continue;
            }
            if (check instanceof RequiredObjectsCheck && config.baseline().isPresent()) {
                check = new RequiredObjectsCheck(List.of(), SnapshotFiles.source(config.baseline().get()));
            }
            try {
                check.validate(e.getValue());
            } catch (DriftException ex) {
                if (ex.reason() == DriftException.Reason.INVALID_CONFIG && ex.getMessage().startsWith(file + ", ")) {
                    throw ex;
                }
                Location where = firstLocation(e.getKey());
                throw error(where, ex.getMessage());
            }
        }
    }

    private Location firstLocation(String id) {
        Map<String, Location> seen = set.get(id);
        return seen == null || seen.isEmpty() ? new Location(file, 1, 1) : seen.values().iterator().next();
    }

    private Set<String> knownCodes() {
        Set<String> codes = new TreeSet<>();
        for (Check check : known.values()) {
            for (FindingCode code : check.codes()) {
                codes.add(code.code());
            }
        }
        return codes;
    }

    // ------------------------------------------------------------------------------------------------------ values

    private static List<Node> oneOrMany(Node node) {
        if (node instanceof ListNode) {
            return ((ListNode) node).items();
        }
        if (node instanceof Scalar && ((Scalar) node).value() == null) {
            return List.of();
        }
        return List.of(node);
    }

    private static MapNode map(Node node, String what) {
        if (node instanceof MapNode) {
            return (MapNode) node;
        }
        throw error(node.location(), what + " must be a section of keys, not " + node.describe() + ".");
    }

    private static String text(Node node, String what) {
        if (node instanceof Scalar && ((Scalar) node).value() != null) {
            return ((Scalar) node).value().toString();
        }
        throw error(node.location(), what + " must be a value, not " + node.describe() + ".");
    }

    private static boolean bool(Node node, String what) {
        if (node instanceof Scalar && ((Scalar) node).value() instanceof Boolean) {
            return (Boolean) ((Scalar) node).value();
        }
        throw error(node.location(), what + " must be true or false, not " + node.describe() + ".");
    }

    private static long count(Node node, String what) {
        if (node instanceof Scalar) {
            Object v = ((Scalar) node).value();
            if (v instanceof Integer || v instanceof Long
                    || (v instanceof BigInteger && ((BigInteger) v).bitLength() < 64)) {
                long n = ((Number) v).longValue();
                if (n >= 0) {
                    return n;
                }
            }
            if (v instanceof String) {
                try {
                    long n = Long.parseLong(((String) v).strip().replace("_", "").replace(",", ""));
                    if (n >= 0) {
                        return n;
                    }
                } catch (NumberFormatException e) {
                    // refused below
                }
            }
        }
        throw error(node.location(), what + " must be a whole number of rows (0 or more), not " + node.describe()
                + ".");
    }

    private static Severity severity(Node node, String what) {
        if (node instanceof Scalar && ((Scalar) node).value() instanceof String) {
            String v = ((String) ((Scalar) node).value()).strip().toUpperCase(Locale.ROOT);
            for (Severity s : Severity.values()) {
                if (s.name().equals(v)) {
                    return s;
                }
            }
        }
        throw error(node.location(), what + " must be error, warning or info, not " + node.describe() + ".");
    }

    private static Duration duration(Node node, String what) {
        if (node instanceof Scalar && ((Scalar) node).value() != null) {
            Duration d = CheckOptions.parseDuration(((Scalar) node).value().toString());
            if (d != null && !d.isNegative() && !d.isZero()) {
                return d;
            }
        }
        throw error(node.location(), what + " must be a positive duration such as 500ms, 30s, 5m or 1h, not "
                + node.describe() + ".");
    }

    private static LocalDate date(Node node, String what) {
        if (node instanceof Scalar && ((Scalar) node).value() instanceof String) {
            try {
                return LocalDate.parse(((String) ((Scalar) node).value()).strip());
            } catch (DateTimeParseException e) {
                // refused below
            }
        }
        throw error(node.location(), what + " must be a date written YYYY-MM-DD (2027-03-31), not "
                + node.describe() + ".");
    }

    private static DriftException unknownKey(Entry e, String where, List<String> known) {
        return error(e.keyLocation(), "Unknown key '" + e.key() + "' " + where + "." + Names.didYouMean(e.key(),
                known) + " Known keys: " + String.join(", ", known) + ".");
    }

}
