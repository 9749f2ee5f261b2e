package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.diff.Changed;
import io.drift.core.diff.DiffOption;
import io.drift.core.diff.DiffOptions;
import io.drift.core.diff.Difference;
import io.drift.core.model.Snapshot;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Real schema changes: each migration is applied to a copy of a corpus schema (on the oldest, the default and the
 * newest major), and
 * {@code diff(before, after)} must report exactly the expected differences, no more and no less. Each expected line
 * reads {@code <type> <kind> <path>[ <property>]}: {@code unexpected column public.users.nickname},
 * {@code changed index public.tasks/index_tasks_on_project_id predicate}. "Missing" is what the migration removed,
 * "unexpected" what it added.
 *
 * <p>What honest output is, decided here: a renamed object is the old one missing and the new one unexpected; a
 * renamed column that an index uses also changes that index's keys (the index now covers another column), once, not
 * again as its definition; a renamed table's serial sequence is not reported as owned by another table, the table
 * being reported already; a change the server itself makes to a dependent object (ALTER TABLE … SET UNLOGGED makes
 * the table's serial sequence unlogged from 15, ALTER TABLE … OWNER TO moves its sequences too) is reported on that
 * object, because that object did change.
 */
class CorpusMigrationsIT {

    /**
     * @param name      what the migration does
     * @param corpus    the corpus schema it starts from
     * @param setup     applied before "before" is captured, or empty
     * @param migration the migration; statements separated by a line holding only {@code --;} run one by one (for
     *                  what cannot run in a transaction block), and a statement that fails is fine there when it
     *                  is marked {@code --fails}
     * @param expected  the differences, in diff order
     */
    record Migration(String name, String corpus, String setup, String migration, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Migration m(String name, String corpus, String migration, String... expected) {
        return new Migration(name, corpus, "", migration, List.of(expected));
    }

    private static Migration withSetup(String name, String corpus, String setup, String migration,
                                       String... expected) {
        return new Migration(name, corpus, setup, migration, List.of(expected));
    }

    private static final String R = Corpus.RAILS;
    private static final String D = Corpus.DJANGO;
    private static final String H = Corpus.PG_HEAVY;
    private static final String Q = Corpus.QUEUE;

    static Stream<Migration> migrations() {
        return Stream.of(
                // ---- columns
                m("add nullable column", R, "ALTER TABLE users ADD COLUMN nickname varchar(50)",
                        "unexpected column public.users.nickname"),
                m("add NOT NULL column with default", R,
                        "ALTER TABLE accounts ADD COLUMN locale varchar DEFAULT 'en' NOT NULL",
                        "unexpected column public.accounts.locale"),
                m("drop column", R, "ALTER TABLE tasks DROP COLUMN body", "missing column public.tasks.body"),
                m("rename column", R, "ALTER TABLE users RENAME COLUMN first_name TO given_name",
                        "missing column public.users.first_name", "unexpected column public.users.given_name"),
                m("rename an indexed column", R, "ALTER TABLE projects RENAME COLUMN slug TO handle",
                        "missing column public.projects.slug", "unexpected column public.projects.handle",
                        "changed index public.projects/index_projects_on_account_id_and_slug keys"),
                m("smallint to integer", R, "ALTER TABLE tasks ALTER COLUMN priority TYPE integer",
                        "changed column public.tasks.priority type"),
                m("integer to bigint", R, "ALTER TABLE users ALTER COLUMN sign_in_count TYPE bigint",
                        "changed column public.users.sign_in_count type"),
                m("varchar(100) to varchar(200)", R, "ALTER TABLE users ALTER COLUMN first_name TYPE varchar(200)",
                        "changed column public.users.first_name type"),
                m("timestamp to timestamptz", R, "ALTER TABLE tasks ALTER COLUMN completed_at TYPE timestamptz",
                        "changed column public.tasks.completed_at type"),
                m("set default", R, "ALTER TABLE tasks ALTER COLUMN due_on SET DEFAULT CURRENT_DATE",
                        "changed column public.tasks.due_on default"),
                m("drop default", R, "ALTER TABLE projects ALTER COLUMN status DROP DEFAULT",
                        "changed column public.projects.status default"),
                m("set not null", R, "ALTER TABLE users ALTER COLUMN time_zone SET NOT NULL",
                        "changed column public.users.time_zone nullable"),
                m("drop not null", R, "ALTER TABLE projects ALTER COLUMN slug DROP NOT NULL",
                        "changed column public.projects.slug nullable"),
                m("identity always to by default", H,
                        "ALTER TABLE booking.rooms ALTER COLUMN id SET GENERATED BY DEFAULT",
                        "changed column booking.rooms.id identity.generation"),
                m("column comment", H, "COMMENT ON COLUMN booking.reservations.stay IS 'Nights booked'",
                        "changed column booking.reservations.stay comment"),
                m("column grant", H, "GRANT SELECT (email) ON booking.guests TO corpus_readonly",
                        "changed column booking.guests.email attributes.pg.grant.corpus_readonly"),
                // ---- indexes
                m("add index", R, "CREATE INDEX index_tasks_on_due_on ON tasks (due_on)",
                        "unexpected index public.tasks/index_tasks_on_due_on"),
                m("drop index", R, "DROP INDEX index_comments_on_commentable",
                        "missing index public.comments/index_comments_on_commentable"),
                m("rename index", R, "ALTER INDEX index_users_on_account_id RENAME TO users_account_idx",
                        "missing index public.users/index_users_on_account_id",
                        "unexpected index public.users/users_account_idx"),
                m("make index unique", R, "DROP INDEX index_users_on_account_id;"
                                + " CREATE UNIQUE INDEX index_users_on_account_id ON users (account_id)",
                        "changed index public.users/index_users_on_account_id unique"),
                m("make index partial", R, "DROP INDEX index_tasks_on_project_id; CREATE INDEX"
                                + " index_tasks_on_project_id ON tasks (project_id) WHERE completed_at IS NULL",
                        "changed index public.tasks/index_tasks_on_project_id predicate"),
                m("add INCLUDE", R, "DROP INDEX index_tasks_on_project_id; CREATE INDEX"
                                + " index_tasks_on_project_id ON tasks (project_id) INCLUDE (title)",
                        "changed index public.tasks/index_tasks_on_project_id include"),
                m("make index DESC", R, "DROP INDEX index_accounts_on_discarded_at; CREATE INDEX"
                                + " index_accounts_on_discarded_at ON accounts (discarded_at DESC)",
                        // keys are column names and expressions; the order and operator class are in the definition
                        "changed index public.accounts/index_accounts_on_discarded_at definition"),
                m("change opclass", R, "DROP INDEX index_accounts_on_settings; CREATE INDEX"
                                + " index_accounts_on_settings ON accounts USING gin (settings jsonb_path_ops)",
                        "changed index public.accounts/index_accounts_on_settings definition"),
                m("change index method", Q, "DROP INDEX queue.jobs_finalized_brin; CREATE INDEX"
                                + " jobs_finalized_brin ON queue.jobs (finalized_at)",
                        "changed index queue.jobs/jobs_finalized_brin method"),
                m("CREATE UNIQUE INDEX CONCURRENTLY left invalid", R,
                        "DROP INDEX index_users_on_account_id;"
                                + " INSERT INTO accounts (name, subdomain, created_at, updated_at)"
                                + " VALUES ('a', 'a', now(), now());"
                                + " INSERT INTO users (account_id, email, created_at, updated_at)"
                                + " SELECT id, 'x' || n, now(), now() FROM accounts, generate_series(1, 2) n;"
                                + "\n--;\n--fails\nCREATE UNIQUE INDEX CONCURRENTLY index_users_on_account_id"
                                + " ON users (account_id)",
                        "changed index public.users/index_users_on_account_id unique",
                        "changed index public.users/index_users_on_account_id valid"),
                // ---- constraints
                m("add foreign key", R, "ALTER TABLE audit_events ADD CONSTRAINT fk_audit_events_account"
                                + " FOREIGN KEY (account_id) REFERENCES accounts (id)",
                        "unexpected foreign-key public.audit_events/fk_audit_events_account"),
                m("drop foreign key", R, "ALTER TABLE tasks DROP CONSTRAINT tasks_parent_id_fkey",
                        "missing foreign-key public.tasks/tasks_parent_id_fkey"),
                m("change ON DELETE", R, "ALTER TABLE users DROP CONSTRAINT fk_rails_61ac11da2b,"
                                + " ADD CONSTRAINT fk_rails_61ac11da2b FOREIGN KEY (account_id)"
                                + " REFERENCES accounts (id) ON DELETE RESTRICT",
                        "changed foreign-key public.users/fk_rails_61ac11da2b onDelete"),
                m("make foreign key deferrable", R,
                        "ALTER TABLE tasks ALTER CONSTRAINT tasks_project_id_fkey DEFERRABLE INITIALLY DEFERRED",
                        "changed foreign-key public.tasks/tasks_project_id_fkey deferrable",
                        "changed foreign-key public.tasks/tasks_project_id_fkey initiallyDeferred"),
                m("make foreign key not deferrable", D,
                        "ALTER TABLE shop_orderline ALTER CONSTRAINT shop_orderline_order_id_fk NOT DEFERRABLE",
                        "changed foreign-key public.shop_orderline/shop_orderline_order_id_fk deferrable",
                        "changed foreign-key public.shop_orderline/shop_orderline_order_id_fk initiallyDeferred"),
                m("add check NOT VALID", R, "ALTER TABLE tasks ADD CONSTRAINT tasks_priority_range"
                                + " CHECK (priority BETWEEN 0 AND 5) NOT VALID",
                        "unexpected check-constraint public.tasks/tasks_priority_range"),
                withSetup("validate check", R, "ALTER TABLE tasks ADD CONSTRAINT tasks_priority_range"
                                + " CHECK (priority BETWEEN 0 AND 5) NOT VALID",
                        "ALTER TABLE tasks VALIDATE CONSTRAINT tasks_priority_range",
                        "changed check-constraint public.tasks/tasks_priority_range validated"),
                m("change check expression", D, "ALTER TABLE shop_order DROP CONSTRAINT shop_order_status_valid,"
                                + " ADD CONSTRAINT shop_order_status_valid"
                                + " CHECK (status IN ('new', 'paid', 'shipped', 'cancelled', 'refunded'))",
                        "changed check-constraint public.shop_order/shop_order_status_valid expression"),
                m("add unique constraint", D,
                        "ALTER TABLE shop_product ADD CONSTRAINT shop_product_name_uniq UNIQUE (name)",
                        "unexpected unique-constraint public.shop_product/shop_product_name_uniq"),
                m("change exclusion constraint", H, "ALTER TABLE booking.reservations"
                                + " DROP CONSTRAINT reservations_no_overlap, ADD CONSTRAINT reservations_no_overlap"
                                + " EXCLUDE USING gist (room_id WITH =, stay WITH &&)",
                        "changed exclusion-constraint booking.reservations/reservations_no_overlap definition"),
                // ---- types
                m("enum ADD VALUE", H, "ALTER TYPE booking.room_kind ADD VALUE 'family'",
                        "changed enum booking.room_kind labels"),
                m("enum ADD VALUE BEFORE", H,
                        "ALTER TYPE booking.reservation_status ADD VALUE 'on_hold' BEFORE 'confirmed'",
                        "changed enum booking.reservation_status labels"),
                m("rename enum value", H, "ALTER TYPE booking.room_kind RENAME VALUE 'suite' TO 'apartment'",
                        "changed enum booking.room_kind labels"),
                m("add domain constraint", H, "ALTER DOMAIN booking.email"
                                + " ADD CONSTRAINT email_length CHECK (length(VALUE) < 255)",
                        "unexpected check-constraint booking.email/email_length"),
                m("new range type", H, "CREATE TYPE booking.price_range AS RANGE (subtype = numeric)",
                        "unexpected vendor \"pg.range\".booking/price_range"),
                m("new collation", H, "CREATE COLLATION booking.posix (locale = 'POSIX')",
                        "unexpected vendor \"pg.collation\".booking/posix"),
                // ---- routines and triggers
                m("change function body", H, "CREATE OR REPLACE FUNCTION billing.touch() RETURNS trigger"
                                + " LANGUAGE plpgsql AS $$ BEGIN NEW.paid_at := coalesce(NEW.paid_at,"
                                + " clock_timestamp()); RETURN NEW; END $$",
                        "changed function billing.touch() definition"),
                m("change volatility", H, "ALTER FUNCTION booking.nights(date, date) STABLE",
                        "changed function booking.nights(date, date) volatility"),
                m("make security definer", H, "ALTER FUNCTION billing.touch() SECURITY DEFINER",
                        "changed function billing.touch() securityDefiner"),
                m("add overload", H, "CREATE FUNCTION booking.nights(r tsrange) RETURNS integer"
                                + " LANGUAGE sql IMMUTABLE AS $$ SELECT extract(day FROM upper(r) - lower(r))::int $$",
                        "unexpected function booking.nights(tsrange)"),
                m("revoke execute from PUBLIC", H, "REVOKE EXECUTE ON FUNCTION billing.touch() FROM PUBLIC",
                        "changed function billing.touch() grants"),
                m("change trigger WHEN", H, "DROP TRIGGER payments_touch ON billing.payments;"
                                + " CREATE TRIGGER payments_touch BEFORE INSERT ON billing.payments FOR EACH ROW"
                                + " WHEN (NEW.paid_at IS NULL) EXECUTE FUNCTION billing.touch()",
                        "changed trigger billing.payments/payments_touch when"),
                m("change trigger events", H, "DROP TRIGGER payments_touch ON billing.payments;"
                                + " CREATE TRIGGER payments_touch BEFORE INSERT OR UPDATE ON billing.payments"
                                + " FOR EACH ROW EXECUTE FUNCTION billing.touch()",
                        "changed trigger billing.payments/payments_touch events"),
                m("disable trigger", H, "ALTER TABLE billing.payments DISABLE TRIGGER payments_touch",
                        "changed trigger billing.payments/payments_touch enabled"),
                // ---- policies and row security
                m("change policy USING", H, "ALTER POLICY tenant_isolation ON booking.reservations"
                                + " USING (tenant_id = current_setting('app.tenant_id', true)::integer)",
                        "changed policy booking.reservations/tenant_isolation using"),
                m("change policy roles", H, "ALTER POLICY readonly_select ON booking.reservations"
                                + " TO corpus_readonly, corpus_app",
                        "changed policy booking.reservations/readonly_select roles"),
                m("enable row level security", R, "ALTER TABLE projects ENABLE ROW LEVEL SECURITY",
                        "changed table public.projects rowSecurity"),
                m("force row level security", H, "ALTER TABLE booking.reservations FORCE ROW LEVEL SECURITY",
                        "changed table booking.reservations forceRowSecurity"),
                // ---- views
                m("alter view definition", H, "CREATE OR REPLACE VIEW reporting.vip_guests"
                                + " WITH (security_barrier) AS SELECT id, email, full_name, home"
                                + " FROM booking.guests WHERE vip",
                        "changed view reporting.vip_guests definition",
                        "unexpected column reporting.vip_guests.home"),
                m("alter materialized view", H, "DROP MATERIALIZED VIEW reporting.revenue_by_month;"
                                + " CREATE MATERIALIZED VIEW reporting.revenue_by_month AS"
                                + " SELECT date_trunc('month', issued_on)::date AS month, currency,"
                                + " sum(amount) AS revenue, count(*) AS invoices"
                                + " FROM billing.invoices GROUP BY 1, 2 WITH NO DATA;"
                                + " CREATE UNIQUE INDEX revenue_by_month_key"
                                + " ON reporting.revenue_by_month (month, currency)",
                        "changed materialized-view reporting.revenue_by_month definition",
                        // dropping it lost the GRANT SELECT ON ALL TABLES IN SCHEMA reporting: a real difference
                        "changed materialized-view reporting.revenue_by_month grants",
                        "unexpected column reporting.revenue_by_month.invoices"),
                m("drop view", H, "DROP VIEW reporting.occupancy", "missing view reporting.occupancy"),
                // ---- sequences
                m("sequence INCREMENT", H, "ALTER SEQUENCE billing.invoice_number_seq INCREMENT BY 10",
                        "changed sequence billing.invoice_number_seq increment"),
                m("sequence MAXVALUE", H, "ALTER SEQUENCE billing.invoice_number_seq MAXVALUE 999999",
                        "changed sequence billing.invoice_number_seq max"),
                m("sequence CYCLE", H, "ALTER SEQUENCE billing.invoice_number_seq CYCLE",
                        "changed sequence billing.invoice_number_seq cycle"),
                m("sequence OWNED BY NONE", D, "ALTER SEQUENCE shop_invoice_number_seq OWNED BY NONE",
                        "changed sequence public.shop_invoice_number_seq ownedBy"),
                // ---- tables
                m("rename table", R, "ALTER TABLE comments RENAME TO notes",
                        "missing table public.comments", "unexpected table public.notes"),
                m("drop table", R, "DROP TABLE comments", "missing table public.comments"),
                m("attach partition", H, "CREATE TABLE billing.invoices_2025_03"
                                + " (LIKE billing.invoices INCLUDING DEFAULTS);"
                                + " ALTER TABLE billing.invoices ATTACH PARTITION billing.invoices_2025_03"
                                + " FOR VALUES FROM ('2025-03-01') TO ('2025-04-01')",
                        "unexpected table billing.invoices_2025_03"),
                m("detach partition", H, "ALTER TABLE billing.invoices DETACH PARTITION billing.invoices_2025_01",
                        "changed table billing.invoices_2025_01 partitionBound",
                        "changed table billing.invoices_2025_01 parents",
                        // its primary key no longer belongs to the partitioned table's
                        "changed primary-key billing.invoices_2025_01/invoices_2025_01_pkey attributes.pg.inherited"),
                withSetup("add table to inheritance", Q, "CREATE TABLE queue.archive_old"
                                + " (id bigint NOT NULL, archived_at timestamptz NOT NULL DEFAULT now())",
                        "ALTER TABLE queue.archive_old INHERIT queue.archive",
                        "changed table queue.archive_old parents"),
                m("set fillfactor", R, "ALTER TABLE tasks SET (fillfactor = 70)",
                        "changed table public.tasks attributes.pg.fillfactor"),
                m("set logged", Q, "ALTER TABLE queue.leader SET LOGGED", "changed table queue.leader unlogged"),
                m("table comment", D, "COMMENT ON TABLE shop_product IS 'Everything we sell'",
                        "changed table public.shop_product comment"),
                m("grant on table", R, "GRANT SELECT ON accounts TO PUBLIC", "changed table public.accounts grants"),
                m("revoke on table", H, "REVOKE ALL ON booking.rooms FROM corpus_app",
                        "changed table booking.rooms grants"),
                m("grant the last privilege of a sequence", H,
                        "GRANT UPDATE ON SEQUENCE billing.invoice_number_seq TO corpus_app",
                        // SELECT and USAGE become ALL: two grants gone, one new
                        "changed sequence billing.invoice_number_seq grants",
                        "changed sequence billing.invoice_number_seq grants",
                        "changed sequence billing.invoice_number_seq grants"),
                m("revoke all on schema public from PUBLIC", R, "REVOKE ALL ON SCHEMA public FROM PUBLIC",
                        "changed schema public attributes.pg.revoked.PUBLIC"),
                m("rename constraint", R, "ALTER TABLE users RENAME CONSTRAINT fk_rails_61ac11da2b TO fk_users_account",
                        "missing foreign-key public.users/fk_rails_61ac11da2b",
                        "unexpected foreign-key public.users/fk_users_account"),
                m("column statistics target", R, "ALTER TABLE tasks ALTER COLUMN title SET STATISTICS 500",
                        "changed column public.tasks.title attributes.pg.statistics"),
                m("replica identity full", R, "ALTER TABLE users REPLICA IDENTITY FULL",
                        "changed table public.users attributes.pg.replica_identity"),
                m("add attribute to composite type", H, "ALTER TYPE booking.address ADD ATTRIBUTE region text",
                        "unexpected column booking.address.region",
                        // the server rewrites the stored view: its ROW(…)::booking.address gains a NULL for region
                        "changed view reporting.stay_report definition"),
                m("change domain default", H, "ALTER DOMAIN booking.positive_money SET DEFAULT 1",
                        "changed domain booking.positive_money default"),
                // ---- vendor kinds and extensions
                m("new extension", R, "CREATE EXTENSION pg_trgm", "unexpected extension pg_trgm"),
                m("new rule", R, "CREATE RULE audit_events_no_update AS ON UPDATE TO audit_events"
                                + " DO INSTEAD NOTHING",
                        "unexpected vendor \"pg.rule\".public.audit_events/audit_events_no_update"),
                m("new statistics", R, "CREATE STATISTICS tasks_project_assignee ON project_id, assignee_id"
                                + " FROM tasks",
                        "unexpected vendor \"pg.statistics\".public/tasks_project_assignee"),
                m("change statistics kinds", H, "DROP STATISTICS booking.guests_vip_tenant;"
                                + " CREATE STATISTICS booking.guests_vip_tenant (mcv) ON vip, tenant_id"
                                + " FROM booking.guests",
                        "changed vendor \"pg.statistics\".booking/guests_vip_tenant attributes.pg.kinds"),
                m("publish another table", H, "ALTER PUBLICATION corpus_billing ADD TABLE booking.rooms",
                        "changed vendor \"pg.publication\"/corpus_billing attributes.pg.tables"),
                m("disable event trigger", H, "ALTER EVENT TRIGGER corpus_ddl_notice DISABLE",
                        "changed vendor \"pg.event-trigger\"/corpus_ddl_notice attributes.pg.enabled"),
                // ---- default privileges
                m("default privileges in another schema", H, "ALTER DEFAULT PRIVILEGES FOR ROLE corpus_app"
                                + " IN SCHEMA reporting GRANT SELECT ON TABLES TO corpus_readonly",
                        "unexpected vendor \"pg.default-privileges\".corpus_app.reporting/tables"),
                m("one more default privilege", H, "ALTER DEFAULT PRIVILEGES FOR ROLE corpus_app"
                                + " IN SCHEMA booking GRANT INSERT, UPDATE ON TABLES TO corpus_readonly",
                        "changed vendor \"pg.default-privileges\".corpus_app.booking/tables"
                                + " attributes.pg.grant.corpus_readonly"),
                m("default privileges to the role itself", H, "ALTER DEFAULT PRIVILEGES FOR ROLE corpus_app"
                                + " IN SCHEMA billing GRANT SELECT ON SEQUENCES TO corpus_app",
                        // the role's grant to itself is ownership: only a grant to another role counts
                        new String[0]),
                m("revoke default privileges", H, "ALTER DEFAULT PRIVILEGES FOR ROLE corpus_app"
                                + " IN SCHEMA booking REVOKE SELECT ON TABLES FROM corpus_readonly",
                        "missing vendor \"pg.default-privileges\".corpus_app.booking/tables"),
                m("give EXECUTE back to PUBLIC by default", H, "ALTER DEFAULT PRIVILEGES FOR ROLE corpus_app"
                                + " GRANT EXECUTE ON FUNCTIONS TO PUBLIC",
                        "missing vendor \"pg.default-privileges\".corpus_app/functions"),
                m("revoke USAGE on types from PUBLIC by default", H, "ALTER DEFAULT PRIVILEGES FOR ROLE corpus_app"
                                + " REVOKE USAGE ON TYPES FROM PUBLIC",
                        "unexpected vendor \"pg.default-privileges\".corpus_app/types"),
                // ---- foreign-data wrappers and servers
                m("new foreign-data wrapper", H, "CREATE FOREIGN DATA WRAPPER corpus_dummy",
                        "unexpected vendor \"pg.foreign-data-wrapper\"/corpus_dummy"),
                m("new foreign server", H, "CREATE SERVER corpus_archive FOREIGN DATA WRAPPER postgres_fdw"
                                + " OPTIONS (host 'archive.internal')",
                        "unexpected vendor \"pg.foreign-server\"/corpus_archive"),
                m("change a server option", H, "ALTER SERVER corpus_replica OPTIONS (SET host 'replica2.internal')",
                        "changed vendor \"pg.foreign-server\"/corpus_replica attributes.pg.options"),
                m("grant usage on a server", H, "GRANT USAGE ON FOREIGN SERVER corpus_replica TO corpus_readonly",
                        "changed vendor \"pg.foreign-server\"/corpus_replica attributes.pg.grant.corpus_readonly"),
                m("new user mapping", H, "CREATE USER MAPPING FOR corpus_app SERVER corpus_replica",
                        "changed vendor \"pg.foreign-server\"/corpus_replica attributes.pg.user_mappings"),
                m("rotate a user mapping's password", H, "ALTER USER MAPPING FOR corpus_readonly"
                                + " SERVER corpus_replica OPTIONS (SET password 'rotated')",
                        // credentials are never read into a snapshot
                        new String[0]),
                m("drop foreign server", H, "DROP SERVER corpus_replica CASCADE",
                        "missing vendor \"pg.foreign-server\"/corpus_replica"),
                // ---- text search
                m("new text search configuration", H,
                        "CREATE TEXT SEARCH CONFIGURATION booking.plain_names (COPY = simple)",
                        "unexpected vendor \"pg.text-search-configuration\".booking/plain_names"),
                m("remap a token type", H, "ALTER TEXT SEARCH CONFIGURATION booking.guest_names"
                                + " ALTER MAPPING FOR asciiword WITH simple",
                        "changed vendor \"pg.text-search-configuration\".booking/guest_names"
                                + " attributes.pg.mapping.asciiword"),
                m("stop indexing a token type", H, "ALTER TEXT SEARCH CONFIGURATION booking.guest_names"
                                + " DROP MAPPING FOR email",
                        "changed vendor \"pg.text-search-configuration\".booking/guest_names"
                                + " attributes.pg.mapping.email"),
                m("change a dictionary option", H,
                        "ALTER TEXT SEARCH DICTIONARY booking.english_nostop (StopWords = english)",
                        "changed vendor \"pg.text-search-dictionary\".booking/english_nostop attributes.pg.options"),
                m("drop text search configuration", H, "DROP TEXT SEARCH CONFIGURATION booking.guest_names",
                        "missing vendor \"pg.text-search-configuration\".booking/guest_names"),
                // ---- casts, operators, operator classes and families
                m("new cast", H, "CREATE CAST (booking.address AS json) WITH INOUT",
                        "unexpected vendor \"pg.cast\"/(booking.address AS json)"),
                m("cast made implicit", H, "DROP CAST (booking.address AS text);"
                                + " CREATE CAST (booking.address AS text)"
                                + " WITH FUNCTION booking.address_text(booking.address) AS IMPLICIT",
                        "changed vendor \"pg.cast\"/(booking.address AS text) attributes.pg.context"),
                m("operator gets selectivity estimators", H, "ALTER OPERATOR booking.~=(booking.address,"
                                + " booking.address) SET (RESTRICT = eqsel, JOIN = eqjoinsel)",
                        "changed vendor \"pg.operator\".booking/~=(booking.address, booking.address)"
                                + " attributes.pg.join",
                        "changed vendor \"pg.operator\".booking/~=(booking.address, booking.address)"
                                + " attributes.pg.restrict"),
                m("drop operator", H, "DROP OPERATOR booking.~=(booking.address, booking.address)",
                        "missing vendor \"pg.operator\".booking/~=(booking.address, booking.address)"),
                m("new operator class", H, "CREATE OPERATOR CLASS booking.address_city_ops"
                                + " FOR TYPE booking.address USING hash AS OPERATOR 1 booking.~=",
                        "unexpected vendor \"pg.operator-class\".booking/address_city_ops USING hash",
                        "unexpected vendor \"pg.operator-family\".booking/address_city_ops USING hash"),
                withSetup("add an operator to a family", H,
                        "CREATE OPERATOR FAMILY booking.address_ops USING hash",
                        "ALTER OPERATOR FAMILY booking.address_ops USING hash"
                                + " ADD OPERATOR 1 booking.~=(booking.address, booking.address)",
                        "changed vendor \"pg.operator-family\".booking/address_ops USING hash"
                                + " attributes.pg.operators")
        );
    }

    /** The oldest and newest available majors from 12, and the default one: where catalogs differ most. */
    static List<Integer> versions() {
        List<Integer> all = TestPostgres.availableVersions().stream().filter(v -> v >= Sql.OLDEST).toList();
        return new java.util.TreeSet<>(List.of(all.get(0), TestPostgres.defaultVersion(), all.get(all.size() - 1)))
                .stream().toList();
    }

    static Stream<Arguments> cases() {
        List<Migration> all = migrations().toList();
        return versions().stream().flatMap(v -> all.stream().map(m -> Arguments.of(v, m)));
    }

    private static final Map<String, Snapshot> BEFORE = new ConcurrentHashMap<>();

    private static Snapshot before(int major, Migration m) {
        return BEFORE.computeIfAbsent(major + "\n" + m.corpus() + "\n" + m.setup(), k -> {
            try (TestDatabase db = TestPostgres.start(major).newDatabase()) {
                db.executeResource(m.corpus());
                if (!m.setup().isEmpty()) {
                    db.execute(m.setup());
                }
                return Captures.withoutDatabase(Captures.capture(db));
            }
        });
    }

    static Snapshot after(int major, Migration m) {
        try (TestDatabase db = TestPostgres.start(major).newDatabase()) {
            db.executeResource(m.corpus());
            if (!m.setup().isEmpty()) {
                db.execute(m.setup());
            }
            for (String step : m.migration().split("\n--;\n")) {
                if (step.startsWith("--fails\n")) {
                    try {
                        db.execute(step);
                    } catch (IllegalStateException expected) {
                        continue;
                    }
                    throw new AssertionError("Expected to fail: " + step);
                }
                db.execute(step);
            }
            return Captures.withoutDatabase(Captures.capture(db));
        }
    }

    static String line(Difference d) {
        String line = d.type().name().toLowerCase(Locale.ROOT) + " " + d.kind().id() + " " + d.path();
        return d instanceof Changed ? line + " " + ((Changed) d).property() : line;
    }

    static String lineWithValues(Difference d) {
        return d instanceof Changed
                ? line(d) + ": " + ((Changed) d).expected() + " -> " + ((Changed) d).actual() : line(d);
    }

    @ParameterizedTest(name = "PostgreSQL {0}: {1}")
    @MethodSource("cases")
    void the_diff_reports_exactly_what_the_migration_changed(int major, Migration m) {
        List<Difference> differences = Corpus.diff(before(major, m), after(major, m));
        assertThat(differences.stream().map(CorpusMigrationsIT::line).collect(Collectors.toList()))
                .as("PostgreSQL %d, %s:%s", major, m.name(), differences.stream().map(CorpusMigrationsIT::lineWithValues)
                        .collect(Collectors.joining("\n  ", "\n  ", "\n")))
                .containsExactlyInAnyOrderElementsOf(m.expected());
    }

    static Stream<Migration> defaultPrivilegeChanges() {
        return Stream.of(
                m("default privileges in another schema", H, "ALTER DEFAULT PRIVILEGES FOR ROLE corpus_app"
                                + " IN SCHEMA reporting GRANT SELECT ON TABLES TO corpus_readonly",
                        "unexpected vendor \"pg.default-privileges\".corpus_app.reporting/tables"),
                m("one more default privilege", H, "ALTER DEFAULT PRIVILEGES FOR ROLE corpus_app"
                                + " IN SCHEMA booking GRANT INSERT ON TABLES TO corpus_readonly",
                        "changed vendor \"pg.default-privileges\".corpus_app.booking/tables"
                                + " attributes.pg.grant.corpus_readonly"),
                m("give EXECUTE back to PUBLIC by default", H, "ALTER DEFAULT PRIVILEGES FOR ROLE corpus_app"
                                + " GRANT EXECUTE ON FUNCTIONS TO PUBLIC",
                        "missing vendor \"pg.default-privileges\".corpus_app/functions"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defaultPrivilegeChanges")
    void default_privileges_are_grants_ignored_with_grants_or_by_their_kind(Migration m) {
        Snapshot before = before(TestPostgres.defaultVersion(), m);
        Snapshot after = after(TestPostgres.defaultVersion(), m);
        assertThat(Corpus.diff(before, after).stream().map(CorpusMigrationsIT::line).collect(Collectors.toList()))
                .containsExactlyElementsOf(m.expected());
        assertThat(Corpus.diff(before, after, DiffOptions.builder().enable(DiffOption.IGNORE_GRANTS).build()))
                .as("IGNORE_GRANTS").isEmpty();
        assertThat(Corpus.diff(before, after, DiffOptions.defaults().ignoring("grants"))).as("--ignore grants")
                .isEmpty();
        assertThat(Corpus.diff(before, after, DiffOptions.defaults().ignoring("pg.default-privileges")))
                .as("--ignore pg.default-privileges").isEmpty();
    }

    static Stream<Migration> ownerChanges() {
        return Stream.of(m("owner change", R, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles"
                        + " WHERE rolname = 'corpus_owner') THEN CREATE ROLE corpus_owner; END IF; END $$;"
                        + " ALTER TABLE tasks OWNER TO corpus_owner",
                "changed table public.tasks owner", "changed sequence public.tasks_id_seq owner"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ownerChanges")
    void an_owner_change_is_ignored_by_default_and_found_when_owners_are_compared(Migration m) {
        Snapshot before = before(TestPostgres.defaultVersion(), m);
        Snapshot after = after(TestPostgres.defaultVersion(), m);
        assertThat(Corpus.diff(before, after)).as("with the default options").isEmpty();
        List<Difference> differences = Corpus.diff(before, after,
                DiffOptions.builder().disable(DiffOption.IGNORE_OWNERS).build());
        assertThat(differences.stream().map(CorpusMigrationsIT::line).collect(Collectors.toList()))
                .containsExactlyElementsOf(m.expected());
    }
}
