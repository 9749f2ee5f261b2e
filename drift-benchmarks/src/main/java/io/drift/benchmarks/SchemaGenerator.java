package io.drift.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates a realistic PostgreSQL schema of N tables, and a migration that changes about 1% of its objects.
 *
 * <p>Deterministic: the same size and seed give the same SQL byte for byte on every JVM ({@link Random}'s algorithm
 * is part of its specification; nothing here iterates a hash-ordered collection).
 *
 * <p>Proportions, per 100 tables (documented in {@code docs/benchmarks.md}):
 * <ul>
 *     <li>schemas: one per 500 tables; enums: 2, each used by the {@code status} column of tables of its schema;</li>
 *     <li>tables: 3 to 16 columns besides {@code id} and {@code created_at} (about 12 in all), mixed types, defaults
 *     and NOT NULL; primary key as identity (60%), bigserial (20%), uuid with a default (10%) or integer identity
 *     with options (10%); foreign keys on about 65 of them (with ON DELETE/ON UPDATE actions, some deferrable),
 *     unique constraints on about 20, check constraints on about 30;</li>
 *     <li>indexes: on most foreign keys, plus plain, partial, expression, GIN and multi-column ones;</li>
 *     <li>views: 10; materialized views: 0.5; standalone sequences: 5 (plus the ones bigserial owns);</li>
 *     <li>functions: 10 (SQL and PL/pgSQL), plus two trigger functions per schema; triggers: 15 (10 row-level
 *     {@code BEFORE UPDATE}, 5 statement-level {@code AFTER INSERT OR DELETE}); comments on about 10% of tables.</li>
 * </ul>
 */
public final class SchemaGenerator {

    /** The seed bin/bench uses unless told otherwise. */
    public static final long DEFAULT_SEED = 20_261_121L;

    /** How many tables go into one creation batch (one transaction). */
    static final int TABLES_PER_BATCH = 500;

    static final int TABLES_PER_SCHEMA = 500;

    private static final String[] SCHEMA_NAMES = {"app", "billing", "inventory", "crm", "analytics", "audit", "ops",
            "catalog", "shipping", "hr"};

    private static final String[] NOUNS = {"customer", "order", "invoice", "payment", "product", "shipment",
            "account", "address", "ticket", "event", "session", "device", "review", "coupon", "refund", "supplier",
            "warehouse", "category", "campaign", "contract", "employee", "project", "task", "comment", "message",
            "document", "report", "subscription", "plan", "license", "asset", "vehicle", "booking", "room", "lesson",
            "course", "patient", "visit", "claim", "policy"};

    private static final String[][] ENUM_LABELS = {
            {"draft", "active", "suspended", "closed"},
            {"new", "processing", "shipped", "delivered", "returned"},
            {"low", "medium", "high", "critical"},
            {"pending", "approved", "rejected"},
            {"open", "in_progress", "blocked", "done", "cancelled", "archived_old"}};

    /** The column pool: name, type, default (or null), check expression (or null); "status" is an enum column. */
    private static final String[][] COLUMN_POOL = {
            {"name", "text", null, "char_length(name) > 0"},
            {"email", "varchar(255)", null, null},
            {"code", "varchar(32)", null, null},
            {"status", "ENUM", null, null},
            {"amount", "numeric(12,2)", "0", "amount >= 0"},
            {"quantity", "integer", "0", "quantity >= 0"},
            {"price", "numeric(10,2)", null, "price > 0"},
            {"is_active", "boolean", "true", null},
            {"updated_at", "timestamptz", "now()", null},
            {"deleted_at", "timestamptz", null, null},
            {"birth_date", "date", null, null},
            {"external_id", "uuid", null, null},
            {"metadata", "jsonb", "'{}'::jsonb", null},
            {"tags", "text[]", "'{}'::text[]", null},
            {"payload", "bytea", null, null},
            {"score", "double precision", null, "score BETWEEN 0 AND 100"},
            {"priority", "smallint", "0", "priority BETWEEN 0 AND 10"},
            {"description", "text", null, null},
            {"version", "integer", "1", "version > 0"},
            {"ip_address", "inet", null, null},
            {"ratio", "real", null, null},
            {"duration", "interval", null, null},
            {"counter", "bigint", "0", null},
            {"title", "varchar(200)", null, null},
            {"country_code", "char(2)", null, null}};

    private static final String[] FK_ACTIONS = {"CASCADE", "SET NULL", "RESTRICT", "NO ACTION"};

    private SchemaGenerator() {
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The model the generator builds before rendering: just enough to render SQL and to choose safe changes.

    static final class Col {
        final String name;
        final String type;
        String dflt;
        boolean notNull;
        /** Used by a key, an index, a constraint, a view or a trigger: the migration leaves it alone. */
        boolean locked;

        Col(String name, String type, String dflt, boolean notNull) {
            this.name = name;
            this.type = type;
            this.dflt = dflt;
            this.notNull = notNull;
        }
    }

    static final class Tbl {
        final int index;
        final String schema;
        final String name;
        final List<Col> cols = new ArrayList<>();
        final List<String> constraintDefs = new ArrayList<>();
        final List<String> after = new ArrayList<>();
        String pkType;
        /** A parent of a foreign key, or read by a view or a function: the migration does not drop it. */
        boolean referenced;
        /** Already changed by the migration: no second change, so that changes never collide. */
        boolean touched;

        Tbl(int index, String schema, String name) {
            this.index = index;
            this.schema = schema;
            this.name = name;
        }

        String q() {
            return schema + "." + name;
        }

        Col col(String colName) {
            for (Col c : cols) {
                if (c.name.equals(colName)) {
                    return c;
                }
            }
            return null;
        }
    }

    record Idx(Tbl table, String name) {
    }

    record Con(Tbl table, String name, String kind, String definition) {
    }

    record Trg(Tbl table, String name) {
    }

    record Fn(String schema, String signature, String body, String changedBody) {
    }

    record Vw(String qname, String select) {
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * @param tables the number of tables, at least 1
     * @param seed   the seed
     * @return the base schema's SQL and the 1% migration
     */
    public static GeneratedSchema generate(int tables, long seed) {
        if (tables < 1) {
            throw new IllegalArgumentException("tables must be at least 1, not " + tables);
        }
        return new Builder(tables, seed).build();
    }

    private static final class Builder {
        final int n;
        final long seed;
        final Random rnd;
        final List<String> schemas = new ArrayList<>();
        final Map<String, List<String>> enumsBySchema = new LinkedHashMap<>();
        final Map<String, String> enumFirstLabel = new LinkedHashMap<>();
        final List<String> enums = new ArrayList<>();
        final List<String> sequences = new ArrayList<>();
        final List<Tbl> tables = new ArrayList<>();
        final List<Idx> indexes = new ArrayList<>();
        final List<Con> constraints = new ArrayList<>();
        final List<Trg> triggers = new ArrayList<>();
        final List<Fn> functions = new ArrayList<>();
        final List<Vw> views = new ArrayList<>();
        final Map<String, Integer> counts = new LinkedHashMap<>();

        Builder(int n, long seed) {
            this.n = n;
            this.seed = seed;
            this.rnd = new Random(seed);
        }

        void count(String kind, int delta) {
            counts.merge(kind, delta, Integer::sum);
        }

        GeneratedSchema build() {
            for (String k : List.of("schemas", "tables", "columns", "primary keys", "foreign keys", "unique constraints",
                    "check constraints", "indexes", "views", "materialized views", "sequences", "owned sequences",
                    "enums", "functions", "triggers", "comments")) {
                counts.put(k, 0);
            }
            List<String> batches = new ArrayList<>();
            batches.add(prelude());
            StringBuilder batch = new StringBuilder();
            for (int i = 0; i < n; i++) {
                batch.append(table(i));
                if ((i + 1) % TABLES_PER_BATCH == 0 || i == n - 1) {
                    batches.add(batch.toString());
                    batch.setLength(0);
                }
            }
            batches.add(dependents());
            String migration = new Mutator(this).migration();
            return new GeneratedSchema(n, seed, batches, migration, counts, mutatorCounts);
        }

        Map<String, Integer> mutatorCounts = Map.of();

        String prelude() {
            StringBuilder sql = new StringBuilder("-- drift benchmark schema: ").append(n).append(" tables, seed ")
                    .append(seed).append('\n');
            int schemaCount = (n + TABLES_PER_SCHEMA - 1) / TABLES_PER_SCHEMA;
            for (int s = 0; s < schemaCount; s++) {
                String name = s < SCHEMA_NAMES.length ? SCHEMA_NAMES[s]
                        : SCHEMA_NAMES[s % SCHEMA_NAMES.length] + "_" + (s / SCHEMA_NAMES.length);
                schemas.add(name);
                enumsBySchema.put(name, new ArrayList<>());
                sql.append("CREATE SCHEMA ").append(name).append(";\n");
                count("schemas", 1);
            }
            int enumCount = Math.max(schemaCount, (int) Math.round(n * 0.02));
            for (int e = 0; e < enumCount; e++) {
                String schema = schemas.get(e % schemaCount);
                String[] labels = ENUM_LABELS[e % ENUM_LABELS.length];
                String name = schema + "." + NOUNS[e % NOUNS.length] + "_status_" + e;
                sql.append("CREATE TYPE ").append(name).append(" AS ENUM (");
                for (int l = 0; l < labels.length; l++) {
                    sql.append(l == 0 ? "" : ", ").append('\'').append(labels[l]).append('\'');
                }
                sql.append(");\n");
                enums.add(name);
                enumsBySchema.get(schema).add(name);
                enumFirstLabel.put(name, labels[0]);
                count("enums", 1);
            }
            for (String schema : schemas) {
                sql.append("CREATE FUNCTION ").append(schema).append(".set_updated_at() RETURNS trigger\n")
                        .append("    LANGUAGE plpgsql AS $$\nBEGIN\n    NEW.updated_at := now();\n    RETURN NEW;\nEND\n$$;\n");
                sql.append("CREATE FUNCTION ").append(schema).append(".audit_statement() RETURNS trigger\n")
                        .append("    LANGUAGE plpgsql AS $$\nBEGIN\n    RAISE DEBUG 'table % changed', TG_TABLE_NAME;\n")
                        .append("    RETURN NULL;\nEND\n$$;\n");
                count("functions", 2);
            }
            int sequenceCount = Math.max(1, (int) Math.round(n * 0.05));
            for (int q = 0; q < sequenceCount; q++) {
                String schema = schemas.get(q % schemaCount);
                String name = schema + "." + NOUNS[(q * 7) % NOUNS.length] + "_number_seq_" + q;
                sql.append("CREATE SEQUENCE ").append(name).append(" AS bigint START WITH ").append(1000 + q)
                        .append(" INCREMENT BY ").append(1 + q % 3).append(" CACHE ").append(q % 2 == 0 ? 1 : 20)
                        .append(";\n");
                sequences.add(name);
                count("sequences", 1);
            }
            return sql.toString();
        }

        String table(int i) {
            String schema = schemas.get(i / TABLES_PER_SCHEMA);
            Tbl t = new Tbl(i, schema, plural(NOUNS[i % NOUNS.length]) + "_" + i);
            tables.add(t);
            count("tables", 1);

            // Primary key column.
            int pk = rnd.nextInt(10);
            String idDef;
            if (pk < 6) {
                t.pkType = "bigint";
                idDef = "id bigint GENERATED " + (pk < 4 ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY";
            } else if (pk < 8) {
                t.pkType = "bigint";
                idDef = "id bigserial";
                count("owned sequences", 1);
            } else if (pk < 9) {
                t.pkType = "uuid";
                idDef = "id uuid DEFAULT gen_random_uuid()";
            } else {
                t.pkType = "integer";
                idDef = "id integer GENERATED BY DEFAULT AS IDENTITY (START WITH 1000 INCREMENT BY 10)";
            }
            Col id = new Col("id", t.pkType, null, true);
            id.locked = true;
            t.cols.add(id);
            Col created = new Col("created_at", "timestamptz", "now()", true);
            created.locked = true;
            t.cols.add(created);
            List<String> colDefs = new ArrayList<>();
            colDefs.add(idDef);
            colDefs.add("created_at timestamptz NOT NULL DEFAULT now()");

            // Payload columns.
            List<String[]> pool = new ArrayList<>(List.of(COLUMN_POOL));
            Collections.shuffle(pool, rnd);
            int extra = 3 + rnd.nextInt(14);
            boolean wantsRowTrigger = i % 10 == 3;
            List<String[]> chosen = new ArrayList<>(pool.subList(0, extra));
            if (wantsRowTrigger && chosen.stream().noneMatch(c -> c[0].equals("updated_at"))) {
                chosen.add(pool.stream().filter(c -> c[0].equals("updated_at")).findFirst().orElseThrow());
            }
            for (String[] c : chosen) {
                String type = c[1];
                String dflt = c[2];
                if (type.equals("ENUM")) {
                    List<String> candidates = enumsBySchema.get(schema);
                    type = candidates.get(rnd.nextInt(candidates.size()));
                    dflt = "'" + enumFirstLabel.get(type) + "'::" + type;
                }
                boolean notNull = dflt != null && rnd.nextInt(10) < 6;
                Col col = new Col(c[0], type, dflt, notNull);
                t.cols.add(col);
                colDefs.add(columnDef(col));
            }

            // Foreign keys to earlier tables.
            if (i > 0 && rnd.nextInt(100) < 55) {
                int fkCount = rnd.nextInt(100) < 20 && i > 1 ? 2 : 1;
                int lastParent = -1;
                for (int f = 0; f < fkCount; f++) {
                    int parentIndex = Math.max(0, i - 300) + rnd.nextInt(Math.min(i, 300));
                    if (parentIndex == lastParent) {
                        continue;
                    }
                    lastParent = parentIndex;
                    Tbl parent = tables.get(parentIndex);
                    parent.referenced = true;
                    String colName = NOUNS[parentIndex % NOUNS.length] + "_" + parentIndex + "_id";
                    String action = FK_ACTIONS[rnd.nextInt(FK_ACTIONS.length)];
                    boolean nullable = action.equals("SET NULL") || rnd.nextBoolean();
                    Col fk = new Col(colName, parent.pkType, null, !nullable);
                    fk.locked = true;
                    t.cols.add(fk);
                    colDefs.add(columnDef(fk));
                    String conName = t.name + "_" + colName + "_fkey";
                    String def = "FOREIGN KEY (" + colName + ") REFERENCES " + parent.q() + " (id) ON DELETE " + action
                            + (rnd.nextInt(5) == 0 ? " ON UPDATE CASCADE" : "")
                            + (rnd.nextInt(20) == 0 ? " DEFERRABLE INITIALLY DEFERRED" : "");
                    t.constraintDefs.add("CONSTRAINT " + conName + " " + def);
                    constraints.add(new Con(t, conName, "fk", def));
                    count("foreign keys", 1);
                    if (rnd.nextInt(10) < 8) {
                        index(t, t.name + "_" + colName + "_idx", "(" + colName + ")", colName);
                    }
                }
            }
            t.constraintDefs.add(0, "CONSTRAINT " + t.name + "_pkey PRIMARY KEY (id)");
            count("primary keys", 1);

            // Unique and check constraints.
            if (rnd.nextInt(100) < 20) {
                for (String candidate : List.of("email", "code", "external_id", "title")) {
                    Col c = t.col(candidate);
                    if (c != null) {
                        c.locked = true;
                        String conName = t.name + "_" + candidate + "_key";
                        t.constraintDefs.add("CONSTRAINT " + conName + " UNIQUE (" + candidate + ")");
                        constraints.add(new Con(t, conName, "unique", "UNIQUE (" + candidate + ")"));
                        count("unique constraints", 1);
                        break;
                    }
                }
            }
            if (rnd.nextInt(100) < 30) {
                for (String[] c : chosen) {
                    if (c[3] != null) {
                        t.col(c[0]).locked = true;
                        String conName = t.name + "_" + c[0] + "_check";
                        t.constraintDefs.add("CONSTRAINT " + conName + " CHECK (" + c[3] + ")");
                        constraints.add(new Con(t, conName, "check", "CHECK (" + c[3] + ")"));
                        count("check constraints", 1);
                        break;
                    }
                }
                if (t.col("deleted_at") != null && rnd.nextBoolean()) {
                    t.col("deleted_at").locked = true;
                    String conName = t.name + "_deleted_after_created";
                    String def = "CHECK (deleted_at IS NULL OR deleted_at >= created_at)";
                    t.constraintDefs.add("CONSTRAINT " + conName + " " + def);
                    constraints.add(new Con(t, conName, "check", def));
                    count("check constraints", 1);
                }
            }

            // Other indexes: plain, partial, expression, GIN, multi-column.
            if (rnd.nextInt(100) < 30) {
                index(t, t.name + "_created_at_idx", "(created_at)");
            }
            if (rnd.nextInt(100) < 15) {
                if (t.col("deleted_at") != null) {
                    index(t, t.name + "_live_idx", "(created_at) WHERE deleted_at IS NULL", "deleted_at");
                } else if (t.col("is_active") != null) {
                    index(t, t.name + "_active_idx", "(id) WHERE is_active", "is_active");
                }
            }
            if (rnd.nextInt(100) < 12) {
                for (String candidate : List.of("email", "name", "title")) {
                    if (t.col(candidate) != null) {
                        boolean unique = candidate.equals("email") && rnd.nextBoolean();
                        index(t, (unique ? "UNIQUE " : "") + t.name + "_lower_" + candidate + "_idx",
                                "((lower(" + candidate + ")))", candidate);
                        break;
                    }
                }
            }
            if (rnd.nextInt(100) < 15) {
                if (t.col("metadata") != null) {
                    index(t, t.name + "_metadata_gin", "USING gin (metadata" + (rnd.nextBoolean() ? " jsonb_path_ops" : "")
                            + ")", "metadata");
                } else if (t.col("tags") != null) {
                    index(t, t.name + "_tags_gin", "USING gin (tags)", "tags");
                }
            }
            if (rnd.nextInt(100) < 10) {
                if (t.col("status") != null) {
                    index(t, t.name + "_status_created_idx", "(status, created_at DESC)", "status");
                } else {
                    index(t, t.name + "_created_id_idx", "(created_at DESC, id)");
                }
            }

            // Render.
            StringBuilder sql = new StringBuilder("CREATE TABLE ").append(t.q()).append(" (\n");
            List<String> parts = new ArrayList<>(colDefs);
            parts.addAll(t.constraintDefs);
            for (int p = 0; p < parts.size(); p++) {
                sql.append("    ").append(parts.get(p)).append(p == parts.size() - 1 ? "\n" : ",\n");
            }
            sql.append(");\n");
            count("columns", t.cols.size());
            for (String a : t.after) {
                sql.append(a);
            }
            if (rnd.nextInt(10) == 0) {
                sql.append("COMMENT ON TABLE ").append(t.q()).append(" IS 'The ").append(plural(NOUNS[i % NOUNS.length]))
                        .append(" of shard ").append(i).append(".';\n");
                count("comments", 1);
            }
            if (rnd.nextInt(20) == 0) {
                sql.append("COMMENT ON COLUMN ").append(t.q()).append(".created_at IS 'When the row was inserted.';\n");
                count("comments", 1);
            }
            return sql.toString();
        }

        private void index(Tbl t, String nameWithUnique, String definition, String... lockedColumns) {
            boolean unique = nameWithUnique.startsWith("UNIQUE ");
            String name = unique ? nameWithUnique.substring(7) : nameWithUnique;
            t.after.add("CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + name + " ON " + t.q() + " "
                    + definition + ";\n");
            for (String c : lockedColumns) {
                t.col(c).locked = true;
            }
            indexes.add(new Idx(t, name));
            count("indexes", 1);
        }

        static String plural(String noun) {
            if (noun.endsWith("s")) {
                return noun + "es";
            }
            return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        }

        static String columnDef(Col c) {
            return c.name + " " + c.type + (c.notNull ? " NOT NULL" : "") + (c.dflt != null ? " DEFAULT " + c.dflt : "");
        }

        /** Views, materialized views, functions and triggers: created once every table exists. */
        String dependents() {
            StringBuilder sql = new StringBuilder();
            for (Tbl t : tables) {
                int i = t.index;
                if (i % 10 == 5) {
                    String fkCol = null;
                    for (Col c : t.cols) {
                        if (c.name.endsWith("_id") && !c.name.equals("external_id")) {
                            fkCol = c.name;
                            break;
                        }
                    }
                    String select = "SELECT t.id, t.created_at" + (fkCol != null ? ", t." + fkCol : "")
                            + "\n    FROM " + t.q() + " t\n    WHERE t.created_at > now() - interval '30 days'";
                    String qname = t.schema + ".recent_" + t.name;
                    sql.append("CREATE VIEW ").append(qname).append(" AS\n    ").append(select).append(";\n");
                    views.add(new Vw(qname, select));
                    t.referenced = true;
                    count("views", 1);
                }
                if (i % 200 == 50) {
                    String mv = t.schema + ".daily_" + t.name;
                    sql.append("CREATE MATERIALIZED VIEW ").append(mv)
                            .append(" AS\n    SELECT created_at::date AS day, count(*) AS n FROM ").append(t.q())
                            .append(" GROUP BY 1;\n");
                    sql.append("CREATE UNIQUE INDEX daily_").append(t.name).append("_day_idx ON ").append(mv)
                            .append(" (day);\n");
                    t.referenced = true;
                    count("materialized views", 1);
                    count("indexes", 1);
                }
                if (i % 10 == 7) {
                    Fn fn;
                    if (i % 20 == 7) {
                        String sig = t.schema + ".count_" + t.name + "(p_since timestamptz)";
                        String body = "RETURNS bigint LANGUAGE sql STABLE AS $$\n    SELECT count(*) FROM " + t.q()
                                + " WHERE created_at >= p_since\n$$";
                        fn = new Fn(t.schema, sig, body, body.replace(">= p_since", "> p_since"));
                    } else {
                        String sig = t.schema + ".touch_" + t.name + "(p_id " + t.pkType + ")";
                        String body = "RETURNS integer LANGUAGE plpgsql AS $$\nDECLARE\n    n integer;\nBEGIN\n"
                                + "    UPDATE " + t.q() + " SET created_at = created_at WHERE id = p_id;\n"
                                + "    GET DIAGNOSTICS n = ROW_COUNT;\n    RETURN n;\nEND\n$$";
                        fn = new Fn(t.schema, sig, body, body.replace("RETURN n;", "RETURN n + 0;"));
                    }
                    sql.append("CREATE FUNCTION ").append(fn.signature()).append("\n    ").append(fn.body())
                            .append(";\n");
                    functions.add(fn);
                    t.referenced = true;
                    count("functions", 1);
                }
                if (i % 10 == 3) {
                    t.col("updated_at").locked = true;
                    String name = t.name + "_set_updated_at";
                    sql.append("CREATE TRIGGER ").append(name).append(" BEFORE UPDATE ON ").append(t.q())
                            .append(" FOR EACH ROW EXECUTE FUNCTION ").append(t.schema).append(".set_updated_at();\n");
                    triggers.add(new Trg(t, name));
                    count("triggers", 1);
                }
                if (i % 20 == 11) {
                    String name = t.name + "_audit";
                    sql.append("CREATE TRIGGER ").append(name).append(" AFTER INSERT OR DELETE ON ").append(t.q())
                            .append(" FOR EACH STATEMENT EXECUTE FUNCTION ").append(t.schema)
                            .append(".audit_statement();\n");
                    triggers.add(new Trg(t, name));
                    count("triggers", 1);
                }
            }
            return sql.toString();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Chooses about 1% of each kind of object and writes the SQL that changes it. Every change touches a table (or
     * object) no other change touches, so the script always applies and each change is one visible difference.
     */
    private static final class Mutator {
        final Builder b;
        final Random rnd;
        final StringBuilder sql = new StringBuilder();
        final Map<String, Integer> changes = new LinkedHashMap<>();

        Mutator(Builder b) {
            this.b = b;
            this.rnd = new Random(b.seed * 31 + 17);
        }

        static int onePercent(int count) {
            return count == 0 ? 0 : Math.max(1, (int) Math.round(count * 0.01));
        }

        void change(String kind, String statement) {
            changes.merge(kind, 1, Integer::sum);
            sql.append(statement).append(";\n");
        }

        <T> List<T> shuffled(List<T> list) {
            List<T> copy = new ArrayList<>(list);
            Collections.shuffle(copy, rnd);
            return copy;
        }

        String migration() {
            sql.append("-- drift benchmark migration: about 1% of the objects of ").append(b.n)
                    .append(" tables, seed ").append(b.seed).append('\n');
            for (String k : List.of("column added", "column dropped", "column type changed", "column default changed",
                    "column nullability changed", "table added", "table dropped", "index dropped", "index redefined",
                    "index added", "constraint dropped", "foreign key action changed", "trigger dropped",
                    "trigger disabled", "view changed", "function changed", "sequence changed", "enum value added")) {
                changes.put(k, 0);
            }
            columnChanges();
            tableChanges();
            indexChanges();
            constraintChanges();
            triggerChanges();
            for (Vw v : shuffled(b.views).subList(0, onePercent(b.views.size()))) {
                change("view changed", "CREATE OR REPLACE VIEW " + v.qname() + " AS\n    "
                        + v.select().replace("\n    FROM", ", 1 AS revision\n    FROM"));
            }
            for (Fn f : shuffled(b.functions.stream().filter(f -> f.changedBody() != null).toList())
                    .subList(0, onePercent(b.functions.size()))) {
                change("function changed", "CREATE OR REPLACE FUNCTION " + f.signature() + "\n    " + f.changedBody());
            }
            for (String s : shuffled(b.sequences).subList(0, onePercent(b.sequences.size()))) {
                change("sequence changed", "ALTER SEQUENCE " + s + " INCREMENT BY 10");
            }
            for (String e : shuffled(b.enums).subList(0, onePercent(b.enums.size()))) {
                change("enum value added", "ALTER TYPE " + e + " ADD VALUE 'archived'");
            }
            b.mutatorCounts = changes;
            return sql.toString();
        }

        void columnChanges() {
            int wanted = onePercent(b.tables.size());
            String[] kinds = {"add", "drop", "type", "default", "null"};
            int done = 0;
            int k = 0;
            for (Tbl t : shuffled(b.tables)) {
                if (done == wanted) {
                    break;
                }
                if (t.touched) {
                    continue;
                }
                String kind = kinds[k % kinds.length];
                String statement = columnChange(t, kind);
                if (statement == null) {
                    continue;
                }
                t.touched = true;
                k++;
                done++;
                change(switch (kind) {
                    case "add" -> "column added";
                    case "drop" -> "column dropped";
                    case "type" -> "column type changed";
                    case "default" -> "column default changed";
                    default -> "column nullability changed";
                }, statement);
            }
        }

        String columnChange(Tbl t, String kind) {
            List<Col> free = t.cols.stream().filter(c -> !c.locked).toList();
            switch (kind) {
                case "add":
                    return rnd.nextBoolean()
                            ? "ALTER TABLE " + t.q() + " ADD COLUMN note text"
                            : "ALTER TABLE " + t.q() + " ADD COLUMN is_archived boolean NOT NULL DEFAULT false";
                case "drop":
                    return free.isEmpty() ? null
                            : "ALTER TABLE " + t.q() + " DROP COLUMN " + free.get(rnd.nextInt(free.size())).name;
                case "type":
                    for (Col c : free) {
                        String wider = wider(c.type);
                        if (wider != null) {
                            return "ALTER TABLE " + t.q() + " ALTER COLUMN " + c.name + " TYPE " + wider;
                        }
                    }
                    return null;
                case "default":
                    for (Col c : free) {
                        String other = otherDefault(c);
                        if (other != null) {
                            return "ALTER TABLE " + t.q() + " ALTER COLUMN " + c.name
                                    + (other.isEmpty() ? " DROP DEFAULT" : " SET DEFAULT " + other);
                        }
                    }
                    return null;
                default:
                    if (free.isEmpty()) {
                        return null;
                    }
                    Col c = free.get(rnd.nextInt(free.size()));
                    return "ALTER TABLE " + t.q() + " ALTER COLUMN " + c.name
                            + (c.notNull ? " DROP NOT NULL" : " SET NOT NULL");
            }
        }

        static String wider(String type) {
            switch (type) {
                case "smallint": return "integer";
                case "integer": return "bigint";
                case "bigint": return "numeric(20,0)";
                case "text": return "varchar(1000)";
                case "varchar(255)": return "text";
                case "varchar(32)": return "varchar(64)";
                case "varchar(200)": return "varchar(400)";
                case "numeric(12,2)": return "numeric(14,4)";
                case "numeric(10,2)": return "numeric(12,2)";
                case "real": return "double precision";
                case "char(2)": return "char(3)";
                case "timestamptz": return "timestamp";
                default: return null;
            }
        }

        /** @return a different default, "" to drop the default, or null when the column's type has none here */
        static String otherDefault(Col c) {
            if (c.dflt != null) {
                return "";
            }
            switch (c.type) {
                case "text": case "varchar(255)": case "varchar(32)": case "varchar(200)": return "'n/a'";
                case "numeric(10,2)": case "double precision": case "real": return "1";
                case "timestamptz": return "now()";
                case "date": return "CURRENT_DATE";
                case "uuid": return "gen_random_uuid()";
                case "interval": return "interval '1 day'";
                default: return null;
            }
        }

        void tableChanges() {
            int wanted = Math.max(1, (int) Math.round(b.tables.size() * 0.002));
            for (int a = 0; a < wanted; a++) {
                String schema = b.schemas.get(a % b.schemas.size());
                change("table added", "CREATE TABLE " + schema + ".added_table_" + a
                        + " (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text, "
                        + "created_at timestamptz NOT NULL DEFAULT now())");
            }
            int dropped = 0;
            for (Tbl t : shuffled(b.tables)) {
                if (dropped == wanted) {
                    break;
                }
                if (!t.touched && !t.referenced) {
                    t.touched = true;
                    dropped++;
                    change("table dropped", "DROP TABLE " + t.q());
                }
            }
        }

        void indexChanges() {
            int wanted = onePercent(b.indexes.size());
            int done = 0;
            for (Idx i : shuffled(b.indexes)) {
                if (done == wanted) {
                    break;
                }
                if (i.table().touched) {
                    continue;
                }
                i.table().touched = true;
                switch (done++ % 3) {
                    case 0 -> change("index dropped", "DROP INDEX " + i.table().schema + "." + i.name());
                    case 1 -> change("index redefined", "DROP INDEX " + i.table().schema + "." + i.name() + ";\n"
                            + "CREATE INDEX " + i.name() + " ON " + i.table().q() + " (id, created_at)");
                    default -> change("index added", "CREATE INDEX " + i.table().name + "_added_idx ON "
                            + i.table().q() + " (created_at, id)");
                }
            }
        }

        void constraintChanges() {
            int wanted = onePercent(b.constraints.size());
            int done = 0;
            for (Con c : shuffled(b.constraints)) {
                if (done == wanted) {
                    break;
                }
                if (c.table().touched) {
                    continue;
                }
                c.table().touched = true;
                done++;
                if (c.kind().equals("fk")) {
                    String def = c.definition();
                    String changed = def.contains("ON DELETE CASCADE") ? def.replace("ON DELETE CASCADE", "ON DELETE RESTRICT")
                            : def.replaceFirst("ON DELETE [A-Z ]+?( ON UPDATE| DEFERRABLE|$)", "ON DELETE CASCADE$1");
                    change("foreign key action changed", "ALTER TABLE " + c.table().q() + " DROP CONSTRAINT " + c.name()
                            + ",\n    ADD CONSTRAINT " + c.name() + " " + changed);
                } else {
                    change("constraint dropped", "ALTER TABLE " + c.table().q() + " DROP CONSTRAINT " + c.name());
                }
            }
        }

        void triggerChanges() {
            int wanted = onePercent(b.triggers.size());
            int done = 0;
            for (Trg t : shuffled(b.triggers)) {
                if (done == wanted) {
                    break;
                }
                if (t.table().touched) {
                    continue;
                }
                t.table().touched = true;
                if (done++ % 2 == 0) {
                    change("trigger dropped", "DROP TRIGGER " + t.name() + " ON " + t.table().q());
                } else {
                    change("trigger disabled", "ALTER TABLE " + t.table().q() + " DISABLE TRIGGER " + t.name());
                }
            }
        }
    }
}
