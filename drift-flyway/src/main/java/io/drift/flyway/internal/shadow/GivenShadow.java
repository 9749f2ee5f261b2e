package io.drift.flyway.internal.shadow;

import io.drift.core.DriftException;
import io.drift.flyway.ShadowDatabase;
import io.drift.flyway.ShadowTarget;
import io.drift.flyway.ShadowUnavailableException;
import io.drift.flyway.internal.Identifiers;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database the user dedicates to Drift's builds. It must be empty; after a build Drift drops the schemas the
 * migrations made, everything in the schemas that were there (an empty {@code public}, which keeps its owner,
 * privileges and comment), and the extensions, event triggers, publications, foreign servers, casts and default
 * privileges they made, so that the next build finds it empty again.
 */
public final class GivenShadow implements ShadowDatabase {

    private static final Logger log = LoggerFactory.getLogger(GivenShadow.class);

    private static final String USER_SCHEMAS = "SELECT oid, nspname FROM pg_catalog.pg_namespace"
            + " WHERE nspname <> 'information_schema' AND nspname !~ '^pg_'";

    /** Everything a build could leave; an empty database has none of it. */
    private static final String CONTENTS = "WITH ns AS (" + USER_SCHEMAS + "), objs AS ("
            + " SELECT 'schema ' || quote_ident(nspname) AS what FROM ns WHERE nspname <> 'public'"
            + " UNION ALL SELECT 'relation ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname)"
            + "   FROM pg_catalog.pg_class c JOIN ns n ON n.oid = c.relnamespace"
            + " UNION ALL SELECT 'routine ' || p.oid::regprocedure::text"
            + "   FROM pg_catalog.pg_proc p JOIN ns n ON n.oid = p.pronamespace"
            + " UNION ALL SELECT 'type ' || t.oid::regtype::text FROM pg_catalog.pg_type t JOIN ns n"
            + "   ON n.oid = t.typnamespace WHERE t.typrelid = 0 AND t.typcategory <> 'A'"
            + " UNION ALL SELECT 'operator ' || o.oid::regoperator::text FROM pg_catalog.pg_operator o JOIN ns n"
            + "   ON n.oid = o.oprnamespace"
            + " UNION ALL SELECT 'collation ' || quote_ident(collname) FROM pg_catalog.pg_collation c JOIN ns n"
            + "   ON n.oid = c.collnamespace"
            + " UNION ALL SELECT 'text search configuration ' || quote_ident(cfgname) FROM pg_catalog.pg_ts_config c"
            + "   JOIN ns n ON n.oid = c.cfgnamespace"
            + " UNION ALL SELECT 'text search dictionary ' || quote_ident(dictname) FROM pg_catalog.pg_ts_dict d"
            + "   JOIN ns n ON n.oid = d.dictnamespace"
            + " UNION ALL SELECT 'statistics ' || quote_ident(stxname) FROM pg_catalog.pg_statistic_ext x"
            + "   JOIN ns n ON n.oid = x.stxnamespace"
            + " UNION ALL SELECT 'extension ' || quote_ident(extname) FROM pg_catalog.pg_extension"
            + "   WHERE extname <> 'plpgsql'"
            + " UNION ALL SELECT 'event trigger ' || quote_ident(evtname) FROM pg_catalog.pg_event_trigger"
            + " UNION ALL SELECT 'publication ' || quote_ident(pubname) FROM pg_catalog.pg_publication"
            + " UNION ALL SELECT 'foreign-data wrapper ' || quote_ident(fdwname)"
            + "   FROM pg_catalog.pg_foreign_data_wrapper"
            + " UNION ALL SELECT 'foreign server ' || quote_ident(srvname) FROM pg_catalog.pg_foreign_server"
            + " UNION ALL SELECT 'cast ' || format('(%s AS %s)', castsource::regtype, casttarget::regtype)"
            + "   FROM pg_catalog.pg_cast WHERE oid >= 16384"
            + " UNION ALL SELECT 'default privileges of ' || pg_catalog.pg_get_userbyid(defaclrole)"
            + "   FROM pg_catalog.pg_default_acl)"
            + " SELECT count(*), min(what) FROM objs";

    /**
     * DROP statements for everything in one schema, the schema itself kept: dropping and re-creating {@code public}
     * would lose its {@code pg_init_privs} entry, and a capture would then count initdb's grant on it as a grant.
     */
    private static final String DROP_CONTENTS = "WITH s AS (SELECT oid, nspname FROM pg_catalog.pg_namespace"
            + " WHERE nspname = ?) SELECT stmt FROM ("
            + " SELECT CASE WHEN c.relkind IN ('r', 'p', 'f') THEN 1 WHEN c.relkind IN ('v', 'm') THEN 2 ELSE 3 END"
            + "   AS o, format('DROP %s IF EXISTS %I.%I CASCADE', CASE c.relkind WHEN 'v' THEN 'VIEW'"
            + "   WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE'"
            + "   ELSE 'TABLE' END, s.nspname, c.relname) AS stmt FROM pg_catalog.pg_class c JOIN s"
            + "   ON s.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')"
            // Types before routines: a type's CASCADE takes the functions it made (a range's constructors) along.
            + " UNION ALL SELECT 5, format('DROP %s IF EXISTS %s CASCADE', CASE p.prokind WHEN 'a' THEN 'AGGREGATE'"
            + "   WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, p.oid::regprocedure) FROM pg_catalog.pg_proc p"
            + "   JOIN s ON s.oid = p.pronamespace WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_depend d"
            + "   WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'i')"
            + " UNION ALL SELECT 4, format('DROP %s IF EXISTS %s CASCADE', CASE t.typtype WHEN 'd' THEN 'DOMAIN'"
            + "   ELSE 'TYPE' END, t.oid::regtype) FROM pg_catalog.pg_type t JOIN s ON s.oid = t.typnamespace"
            + "   WHERE t.typcategory <> 'A' AND (t.typrelid = 0"
            + "   OR (SELECT relkind FROM pg_catalog.pg_class WHERE oid = t.typrelid) = 'c')"
            + "   AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_type'::regclass"
            + "   AND d.objid = t.oid AND d.deptype = 'i')"
            + " UNION ALL SELECT 6, format('DROP OPERATOR IF EXISTS %s CASCADE', o.oid::regoperator)"
            + "   FROM pg_catalog.pg_operator o JOIN s ON s.oid = o.oprnamespace"
            + " UNION ALL SELECT 6, format('DROP OPERATOR FAMILY IF EXISTS %I.%I USING %I CASCADE', s.nspname,"
            + "   f.opfname, a.amname) FROM pg_catalog.pg_opfamily f JOIN s ON s.oid = f.opfnamespace"
            + "   JOIN pg_catalog.pg_am a ON a.oid = f.opfmethod"
            + " UNION ALL SELECT 6, format('DROP COLLATION IF EXISTS %I.%I CASCADE', s.nspname, c.collname)"
            + "   FROM pg_catalog.pg_collation c JOIN s ON s.oid = c.collnamespace"
            + " UNION ALL SELECT 6, format('DROP TEXT SEARCH CONFIGURATION IF EXISTS %I.%I CASCADE', s.nspname,"
            + "   c.cfgname) FROM pg_catalog.pg_ts_config c JOIN s ON s.oid = c.cfgnamespace"
            + " UNION ALL SELECT 7, format('DROP TEXT SEARCH DICTIONARY IF EXISTS %I.%I CASCADE', s.nspname,"
            + "   d.dictname) FROM pg_catalog.pg_ts_dict d JOIN s ON s.oid = d.dictnamespace"
            + " UNION ALL SELECT 8, format('DROP TEXT SEARCH TEMPLATE IF EXISTS %I.%I CASCADE', s.nspname,"
            + "   t.tmplname) FROM pg_catalog.pg_ts_template t JOIN s ON s.oid = t.tmplnamespace"
            + " UNION ALL SELECT 8, format('DROP TEXT SEARCH PARSER IF EXISTS %I.%I CASCADE', s.nspname,"
            + "   p.prsname) FROM pg_catalog.pg_ts_parser p JOIN s ON s.oid = p.prsnamespace"
            + " UNION ALL SELECT 8, format('DROP CONVERSION IF EXISTS %I.%I', s.nspname, c.conname)"
            + "   FROM pg_catalog.pg_conversion c JOIN s ON s.oid = c.connamespace"
            + " UNION ALL SELECT 8, format('DROP STATISTICS IF EXISTS %I.%I', s.nspname, x.stxname)"
            + "   FROM pg_catalog.pg_statistic_ext x JOIN s ON s.oid = x.stxnamespace"
            + ") d ORDER BY o";

    /** The extensions first: their objects are theirs to drop. */
    private static final String DROP_EXTENSIONS = "SELECT 'DROP EXTENSION IF EXISTS ' || quote_ident(extname)"
            + " || ' CASCADE' FROM pg_catalog.pg_extension WHERE extname <> 'plpgsql'";

    /** DROP and REVOKE statements for what lives outside schemas; after the schemas, whose types casts use. */
    private static final String DROP_GLOBAL = DROP_EXTENSIONS
            + " UNION ALL SELECT 'DROP EVENT TRIGGER IF EXISTS ' || quote_ident(evtname)"
            + " FROM pg_catalog.pg_event_trigger"
            + " UNION ALL SELECT 'DROP PUBLICATION IF EXISTS ' || quote_ident(pubname) FROM pg_catalog.pg_publication"
            + " UNION ALL SELECT 'DROP SERVER IF EXISTS ' || quote_ident(srvname) || ' CASCADE'"
            + " FROM pg_catalog.pg_foreign_server"
            + " UNION ALL SELECT 'DROP FOREIGN DATA WRAPPER IF EXISTS ' || quote_ident(fdwname) || ' CASCADE'"
            + " FROM pg_catalog.pg_foreign_data_wrapper"
            + " UNION ALL SELECT format('DROP CAST IF EXISTS (%s AS %s) CASCADE', castsource::regtype,"
            + " casttarget::regtype) FROM pg_catalog.pg_cast c WHERE oid >= 16384 AND NOT EXISTS (SELECT"
            + " FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_cast'::regclass AND d.objid = c.oid"
            + " AND d.deptype = 'i')"
            + " UNION ALL SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I%s REVOKE ALL ON %s FROM %s',"
            + " pg_catalog.pg_get_userbyid(d.defaclrole), CASE WHEN d.defaclnamespace = 0 THEN ''"
            + " ELSE ' IN SCHEMA ' || quote_ident(n.nspname) END, CASE d.defaclobjtype WHEN 'r' THEN 'TABLES'"
            + " WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS' WHEN 'T' THEN 'TYPES' ELSE 'SCHEMAS' END,"
            + " CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_catalog.pg_get_userbyid(a.grantee)) END)"
            + " FROM pg_catalog.pg_default_acl d LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace,"
            + " aclexplode(d.defaclacl) a WHERE a.grantee <> d.defaclrole";

    private final DataSource dataSource;
    private final String description;

    /**
     * @param dataSource  the database
     * @param description what it is, for messages
     */
    public GivenShadow(DataSource dataSource, String description) {
        this.dataSource = dataSource;
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Instance open(ShadowTarget target) {
        List<SchemaState> before;
        int major;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(CONTENTS)) {
                rs.next();
                long count = rs.getLong(1);
                if (count > 0) {
                    throw new ShadowUnavailableException(DriftException.Reason.INVALID_ARGUMENT, description
                            + " is not empty: it holds " + count + (count == 1 ? " object" : " objects") + " ("
                            + rs.getString(2) + (count > 1 ? ", …" : "") + "). Drift builds the migrations from"
                            + " empty, and empties a shadow database after each build: give an empty database"
                            + " dedicated to Drift.");
                }
            }
            before = schemas(s);
            major = Databases.majorVersion(c);
        } catch (SQLException e) {
            throw new DriftException(DriftException.Reason.OTHER, "Cannot inspect " + description + " ("
                    + e.getMessage() + ").", e);
        }
        Cleanup cleanup = Cleanup.register(description, () -> reset(before));
        return new SimpleInstance(dataSource, description + " (PostgreSQL " + Databases.version(dataSource) + ")",
                major, cleanup);
    }

    private record SchemaState(String name, String owner, String comment, List<String> grants) {
    }

    private static List<SchemaState> schemas(Statement s) throws SQLException {
        List<SchemaState> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT n.nspname, pg_catalog.pg_get_userbyid(n.nspowner),"
                + " pg_catalog.obj_description(n.oid, 'pg_namespace'), array(SELECT format('GRANT %s ON SCHEMA %I"
                + " TO %s%s', a.privilege_type, n.nspname, CASE WHEN a.grantee = 0 THEN 'PUBLIC'"
                + " ELSE quote_ident(pg_catalog.pg_get_userbyid(a.grantee)) END, CASE WHEN a.is_grantable"
                + " THEN ' WITH GRANT OPTION' ELSE '' END) FROM aclexplode(n.nspacl) a"
                + " WHERE a.grantee <> n.nspowner) FROM (" + USER_SCHEMAS + ") u"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = u.oid ORDER BY n.nspname")) {
            while (rs.next()) {
                out.add(new SchemaState(rs.getString(1), rs.getString(2), rs.getString(3),
                        List.of((String[]) rs.getArray(4).getArray())));
            }
        }
        return out;
    }

    private void reset(List<SchemaState> before) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
            runAll(s, statements(s, DROP_EXTENSIONS));
            List<String> keep = before.stream().map(SchemaState::name).toList();
            List<String> now = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT nspname FROM (" + USER_SCHEMAS + ") u ORDER BY 1")) {
                while (rs.next()) {
                    now.add(rs.getString(1));
                }
            }
            for (String schema : now) {
                if (!keep.contains(schema)) {
                    run(s, "DROP SCHEMA " + Identifiers.quote(schema) + " CASCADE");
                }
            }
            for (SchemaState schema : before) {
                String name = Identifiers.quote(schema.name());
                try (var ps = c.prepareStatement(DROP_CONTENTS)) {
                    ps.setString(1, schema.name());
                    List<String> drops = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            drops.add(rs.getString(1));
                        }
                    }
                    runAll(s, drops);
                }
                run(s, "ALTER SCHEMA " + name + " OWNER TO " + Identifiers.quote(schema.owner()));
                List<String> revokes = statements(s, "SELECT format('REVOKE ALL ON SCHEMA %I FROM %s', n.nspname,"
                        + " CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_catalog.pg_get_userbyid("
                        + "a.grantee)) END) FROM pg_catalog.pg_namespace n, aclexplode(n.nspacl) a"
                        + " WHERE n.nspname = " + Identifiers.literal(schema.name())
                        + " AND a.grantee <> n.nspowner");
                runAll(s, revokes);
                runAll(s, schema.grants());
                run(s, "COMMENT ON SCHEMA " + name + " IS "
                        + (schema.comment() == null ? "NULL" : Identifiers.literal(schema.comment())));
            }
            runAll(s, statements(s, DROP_GLOBAL));
        } catch (SQLException e) {
            throw new DriftException(DriftException.Reason.OTHER, "Could not empty " + description + " after the"
                    + " build (" + e.getMessage() + "): empty it by hand before the next build.", e);
        }
    }

    private static List<String> statements(Statement s, String query) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private void runAll(Statement s, List<String> statements) {
        statements.forEach(sql -> run(s, sql));
    }

    private boolean run(Statement s, String sql) {
        try {
            s.execute(sql);
            return true;
        } catch (SQLException e) {
            log.warn("Emptying {}: {} failed: {}", description, sql, e.getMessage());
            return false;
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
