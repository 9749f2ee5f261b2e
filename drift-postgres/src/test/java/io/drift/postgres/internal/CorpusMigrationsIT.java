package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.diff.Changed;
import io.drift.core.diff.DiffOption;
import io.drift.core.diff.DiffOptions;
import io.drift.core.diff.Difference;
import io.drift.core.model.Snapshot;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.junit.jupiter.api.AfterAll;
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
 * Real schema changes: each migration is applied to a copy of a corpus schema (on the oldest and the newest major),
 * and
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
 * object, because that object did change; so is an index created on a partitioned table, once per partition; a
 * body rewritten together with an argument default is both; a trigger of a view is one of its attributes.
 *
 * <p>Each major, corpus schema and setup is applied once, to a template database that every migration's database
 * copies; a migration over a PostgreSQL 14+ schema runs on the majors that accept it.
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
                // #8: the default keeps its old cast ('new'::character varying on a text column, ''::text on a
                // varchar one), which the new type applies anyway: the type changed, the default did not
                withSetup("varchar with a default to text", D,
                        "ALTER TABLE shop_order ADD COLUMN channel varchar(16) NOT NULL DEFAULT 'web'",
                        "ALTER TABLE shop_order ALTER COLUMN channel TYPE text",
                        "changed column public.shop_order.channel type"),
                m("text with a default to varchar", D, "ALTER TABLE shop_order ALTER COLUMN notes TYPE varchar(2000)",
                        "changed column public.shop_order.notes type"),
                withSetup("integer with a negative default to bigint", R,
                        "ALTER TABLE tasks ALTER COLUMN priority SET DEFAULT -1",
                        "ALTER TABLE tasks ALTER COLUMN priority TYPE bigint",
                        "changed column public.tasks.priority type"),
                // and a default that really changes with the type is still reported: text drops the blanks
                withSetup("char with a padded default to text", D,
                        "ALTER TABLE shop_order ADD COLUMN grade char(3) DEFAULT 'a  '",
                        "ALTER TABLE shop_order ALTER COLUMN grade TYPE text",
                        "changed column public.shop_order.grade type",
                        "changed column public.shop_order.grade default"),
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

    private static final String G = Corpus.GITLAB;
    private static final String F = Corpus.DISCOURSE;
    private static final String L = Corpus.LEDGER;
    private static final String M14 = Corpus.PG14;

    /** Migrations over the GitLab-, Discourse-, PostgREST-style and PostgreSQL 14+ schemas. */
    static Stream<Migration> applicationMigrations() {
        return Stream.of(
                // ---- GitLab-style: partitions, identity, storage, triggers
                m("rename index", G, "ALTER INDEX index_projects_on_topics RENAME TO index_projects_topics_gin",
                        "missing index public.projects/index_projects_on_topics",
                        "unexpected index public.projects/index_projects_topics_gin"),
                m("rename an attached partition index", G, "ALTER INDEX gitlab_partitions_static"
                                + ".loose_foreign_keys_deleted_records_1_partition_fully_qualif_idx RENAME TO lfk_1_idx",
                        "missing index gitlab_partitions_static.loose_foreign_keys_deleted_records_1"
                                + "/loose_foreign_keys_deleted_records_1_partition_fully_qualif_idx",
                        "unexpected index gitlab_partitions_static.loose_foreign_keys_deleted_records_1/lfk_1_idx"),
                m("add list partition", G,
                        "CREATE TABLE ci.ci_builds_103 PARTITION OF ci.p_ci_builds FOR VALUES IN ('103')",
                        "unexpected table ci.ci_builds_103"),
                m("detach default partition", G, "ALTER TABLE ci.p_ci_builds DETACH PARTITION ci.ci_builds_default",
                        "changed table ci.ci_builds_default partitionBound",
                        "changed table ci.ci_builds_default parents",
                        // the constraints it had from its parent are now its own
                        "changed primary-key ci.ci_builds_default/ci_builds_default_pkey attributes.pg.inherited",
                        "changed check-constraint ci.ci_builds_default/check_1e2fbd1b39 attributes.pg.inherited",
                        "changed foreign-key ci.ci_builds_default/fk_ci_builds_project attributes.pg.inherited"),
                m("detach hash sub-partition", G, "ALTER TABLE ci.ci_builds_102 DETACH PARTITION ci.ci_builds_102_3",
                        "changed table ci.ci_builds_102_3 partitionBound",
                        "changed table ci.ci_builds_102_3 parents",
                        // the constraints it had from its parent are now its own
                        "changed primary-key ci.ci_builds_102_3/ci_builds_102_3_pkey attributes.pg.inherited",
                        "changed check-constraint ci.ci_builds_102_3/check_1e2fbd1b39 attributes.pg.inherited",
                        "changed foreign-key ci.ci_builds_102_3/fk_ci_builds_project attributes.pg.inherited"),
                m("change a generated expression", G, "ALTER TABLE ci.ci_runners DROP COLUMN \"online\","
                                + " ADD COLUMN \"online\" boolean GENERATED ALWAYS AS"
                                + " (contacted_at > '2020-01-01'::timestamp) STORED",
                        "changed column ci.ci_runners.online generated"),
                m("validate NOT VALID check", G, "ALTER TABLE namespaces VALIDATE CONSTRAINT check_8fb6fa9c04",
                        "changed check-constraint public.namespaces/check_8fb6fa9c04 validated"),
                m("validate NOT VALID foreign key", G, "ALTER TABLE routes VALIDATE CONSTRAINT fk_679ff8213d",
                        "changed foreign-key public.routes/fk_679ff8213d validated"),
                m("change trigger WHEN", G, "DROP TRIGGER trigger_namespaces_traversal_ids_on_update ON namespaces;"
                                + " CREATE TRIGGER trigger_namespaces_traversal_ids_on_update"
                                + " AFTER UPDATE OF traversal_ids, parent_id ON namespaces FOR EACH ROW"
                                + " WHEN (OLD.traversal_ids IS DISTINCT FROM NEW.traversal_ids"
                                + " OR OLD.parent_id IS DISTINCT FROM NEW.parent_id)"
                                + " EXECUTE FUNCTION trigger_namespaces_traversal_ids_on_update()",
                        "changed trigger public.namespaces/trigger_namespaces_traversal_ids_on_update when"),
                m("change trigger UPDATE OF columns", G, "DROP TRIGGER trigger_has_external_issue_tracker_on_update"
                                + " ON integrations; CREATE TRIGGER trigger_has_external_issue_tracker_on_update"
                                + " AFTER UPDATE OF category, active, project_id ON integrations FOR EACH ROW"
                                + " WHEN (NEW.category::text = 'issue_tracker' AND OLD.active <> NEW.active"
                                + " AND NEW.project_id IS NOT NULL) EXECUTE FUNCTION set_has_external_issue_tracker()",
                        "changed trigger public.integrations/trigger_has_external_issue_tracker_on_update"
                                + " updateColumns"),
                m("constraint trigger no longer deferrable", G, "DROP TRIGGER namespaces_have_a_route ON namespaces;"
                                + " CREATE CONSTRAINT TRIGGER namespaces_have_a_route AFTER INSERT OR UPDATE OF path"
                                + " ON namespaces FOR EACH ROW EXECUTE FUNCTION check_namespace_route()",
                        "changed trigger public.namespaces/namespaces_have_a_route attributes.pg.deferrable",
                        "changed trigger public.namespaces/namespaces_have_a_route"
                                + " attributes.pg.initially_deferred"),
                m("rename a transition table", G, "DROP TRIGGER projects_loose_fk_trigger ON projects;"
                                + " CREATE TRIGGER projects_loose_fk_trigger AFTER DELETE ON projects"
                                + " REFERENCING OLD TABLE AS deleted_rows FOR EACH STATEMENT"
                                + " EXECUTE FUNCTION insert_into_loose_foreign_keys_deleted_records()",
                        "changed trigger public.projects/projects_loose_fk_trigger attributes.pg.old_table"),
                m("identity INCREMENT", G, "ALTER TABLE projects ALTER COLUMN id SET INCREMENT BY 1",
                        "changed column public.projects.id identity.increment"),
                m("identity RESTART is data, not schema", G, "ALTER TABLE projects ALTER COLUMN id RESTART WITH 5000"),
                m("identity CYCLE off", G, "ALTER TABLE loose_foreign_keys_deleted_records"
                                + " ALTER COLUMN id SET NO CYCLE",
                        "changed column public.loose_foreign_keys_deleted_records.id identity.cycle"),
                m("fillfactor over other options", G, "ALTER TABLE projects SET (fillfactor = 70)",
                        "changed table public.projects attributes.pg.fillfactor"),
                m("autovacuum scale factor", G, "ALTER TABLE namespace_descendants_stale"
                                + " SET (autovacuum_vacuum_scale_factor = 0.05)",
                        "changed table public.namespace_descendants_stale"
                                + " attributes.pg.autovacuum_vacuum_scale_factor"),
                m("reset a storage parameter", G, "ALTER TABLE projects RESET (autovacuum_enabled)",
                        "changed table public.projects attributes.pg.autovacuum_enabled"),
                m("toast storage parameter", G, "ALTER TABLE projects SET (toast.autovacuum_enabled = true)",
                        "changed table public.projects attributes.pg.toast.autovacuum_enabled"),
                m("replica identity default", G, "ALTER TABLE projects REPLICA IDENTITY DEFAULT",
                        "changed table public.projects attributes.pg.replica_identity",
                        "changed index public.projects/index_projects_on_namespace_id_and_path"
                                + " attributes.pg.replica_identity"),
                m("replica identity on another index", G,
                        "ALTER TABLE projects REPLICA IDENTITY USING INDEX projects_pkey",
                        "changed index public.projects/index_projects_on_namespace_id_and_path"
                                + " attributes.pg.replica_identity",
                        // the primary key's index is captured as the constraint, which carries what is set on it
                        "changed primary-key public.projects/projects_pkey attributes.pg.replica_identity"),
                m("cluster on the primary key", G, "ALTER TABLE integrations CLUSTER ON integrations_pkey",
                        "changed primary-key public.integrations/integrations_pkey attributes.pg.clustered"),
                m("fillfactor of a primary key's index", G, "ALTER INDEX namespaces_pkey SET (fillfactor = 50)",
                        "changed primary-key public.namespaces/namespaces_pkey attributes.pg.fillfactor"),
                m("column storage", G, "ALTER TABLE projects ALTER COLUMN description SET STORAGE EXTENDED",
                        "changed column public.projects.description attributes.pg.storage"),
                m("reset statistics target", G, "ALTER TABLE projects ALTER COLUMN namespace_id SET STATISTICS -1",
                        "changed column public.projects.namespace_id attributes.pg.statistics"),
                m("index storage parameter", G,
                        "ALTER INDEX index_projects_api_created_at_id_desc SET (fillfactor = 70)",
                        "changed index public.projects/index_projects_api_created_at_id_desc"
                                + " attributes.pg.fillfactor"),
                m("exclusion constraint no longer deferrable", G, "ALTER TABLE ci.ci_freeze_periods"
                                + " DROP CONSTRAINT ci_freeze_periods_no_overlap, ADD CONSTRAINT"
                                + " ci_freeze_periods_no_overlap EXCLUDE USING gist (project_id WITH =,"
                                + " tstzrange(freeze_start, freeze_end, '[)') WITH &&)",
                        "changed exclusion-constraint ci.ci_freeze_periods/ci_freeze_periods_no_overlap deferrable"),
                m("sequence in another schema", G, "ALTER SEQUENCE public.ci_builds_id_seq INCREMENT BY 2",
                        "changed sequence public.ci_builds_id_seq increment"),
                m("default of a partitioned table reaches its partitions", G, "ALTER TABLE ci.p_ci_builds"
                                + " ALTER COLUMN auto_canceled_by_partition_id SET DEFAULT 102",
                        "changed column ci.p_ci_builds.auto_canceled_by_partition_id default",
                        "changed column ci.ci_builds.auto_canceled_by_partition_id default",
                        "changed column ci.ci_builds_102.auto_canceled_by_partition_id default",
                        "changed column ci.ci_builds_102_0.auto_canceled_by_partition_id default",
                        "changed column ci.ci_builds_102_1.auto_canceled_by_partition_id default",
                        "changed column ci.ci_builds_102_2.auto_canceled_by_partition_id default",
                        "changed column ci.ci_builds_102_3.auto_canceled_by_partition_id default",
                        "changed column ci.ci_builds_default.auto_canceled_by_partition_id default"),
                m("grant on a partitioned table only", G, "GRANT DELETE ON ci.p_ci_builds TO corpus_gitlab",
                        "changed table ci.p_ci_builds grants"),
                m("jsonb default", G, "ALTER TABLE namespaces ALTER COLUMN settings"
                                + " SET DEFAULT '{\"emails_enabled\": false}'::jsonb",
                        "changed column public.namespaces.settings default"),
                m("comment with quotes", G, "COMMENT ON TABLE ci.ci_freeze_periods"
                                + " IS 'Don''t deploy during a \"freeze\"; see https://x.test/?a=1&b=''2'''",
                        "changed table ci.ci_freeze_periods comment"),
                // ---- Discourse-style: enums, views, policies, collations, quoted names
                m("enum ADD VALUE AFTER", F,
                        "ALTER TYPE notification_level ADD VALUE 'watching_all' AFTER 'watching'",
                        "changed enum public.notification_level labels"),
                m("rename a mixed-case enum's value", F, "ALTER TYPE \"TrustLevel\" RENAME VALUE 'leader' TO 'Leader'",
                        "changed enum public.TrustLevel labels"),
                m("view check option local to cascaded", F,
                        "ALTER VIEW visible_topics SET (check_option = cascaded)",
                        "changed view public.visible_topics attributes.pg.check_option"),
                m("drop a view's check option", F, "ALTER VIEW staff_users RESET (check_option)",
                        "changed view public.staff_users attributes.pg.check_option"),
                m("security_barrier off", F, "ALTER VIEW staff_users SET (security_barrier = false)",
                        "changed view public.staff_users attributes.pg.security_barrier"),
                m("policy roles", F, "ALTER POLICY topics_staff ON topics TO corpus_forum_mod, corpus_forum_web",
                        "changed policy public.topics/topics_staff roles"),
                m("restrictive policy made permissive", F, "DROP POLICY topics_group_restricted ON topics;"
                                + " CREATE POLICY topics_group_restricted ON topics FOR SELECT TO corpus_forum_web"
                                + " USING (category_id IS NULL OR NOT EXISTS (SELECT 1 FROM categories c"
                                + " WHERE c.id = topics.category_id AND c.read_restricted)"
                                + " OR EXISTS (SELECT 1 FROM group_users gu"
                                + " WHERE gu.user_id = NULLIF(current_setting('discourse.user_id', true), '')::integer))",
                        "changed policy public.topics/topics_group_restricted permissive"),
                m("policy WITH CHECK", F, "ALTER POLICY topics_own_update ON topics WITH CHECK"
                                + " (user_id = NULLIF(current_setting('discourse.user_id', true), '')::integer)",
                        "changed policy public.topics/topics_own_update withCheck"),
                m("no force row level security", F, "ALTER TABLE posts NO FORCE ROW LEVEL SECURITY",
                        "changed table public.posts forceRowSecurity"),
                m("column collation", F, "ALTER TABLE users ALTER COLUMN name TYPE character varying COLLATE \"C\"",
                        "changed column public.users.name collation"),
                m("comment with quotes and unicode on a quoted column", F, "COMMENT ON COLUMN \"group\".\"Visibility\""
                                + " IS 'Sichtbarkeit: „öffentlich“ = 0; it''s \"0\" — 🔒 = 3'",
                        "changed column public.group.Visibility comment"),
                m("INSTEAD OF INSERT trigger", F, "CREATE TRIGGER post_summary_insert INSTEAD OF INSERT"
                                + " ON \"Post Summary\" FOR EACH ROW EXECUTE FUNCTION post_summary_update()",
                        // a view's triggers are its attributes
                        "changed view public.Post Summary attributes.pg.trigger.post_summary_insert"),
                m("toast and heap parameters together", F, "ALTER TABLE posts"
                                + " SET (toast.autovacuum_vacuum_scale_factor = 0.2, toast_tuple_target = 4096)",
                        "changed table public.posts attributes.pg.toast.autovacuum_vacuum_scale_factor",
                        "changed table public.posts attributes.pg.toast_tuple_target"),
                m("index on a materialized view", F, "CREATE INDEX index_top_topics_on_category ON top_topics"
                                + " (category_id) WHERE category_id IS NOT NULL",
                        "unexpected index public.top_topics/index_top_topics_on_category"),
                m("recursive view definition", F, "CREATE OR REPLACE RECURSIVE VIEW category_tree"
                                + " (id, parent_category_id, depth, path) AS"
                                + " SELECT id, parent_category_id, 1, ARRAY[id] FROM categories"
                                + " WHERE parent_category_id IS NULL UNION ALL"
                                + " SELECT c.id, c.parent_category_id, t.depth + 1, t.path || c.id"
                                + " FROM categories c JOIN category_tree t ON c.parent_category_id = t.id"
                                + " WHERE t.depth < 3",
                        "changed view public.category_tree definition"),
                m("rename a quoted column to another case", F, "ALTER TABLE \"group\" RENAME COLUMN \"select\" TO \"Select\"",
                        "missing column public.group.select", "unexpected column public.group.Select"),
                m("hstore default", F, "ALTER TABLE users ALTER COLUMN custom_fields"
                                + " SET DEFAULT 'theme=>dark'::hstore",
                        "changed column public.users.custom_fields default"),
                m("enum array default", F, "ALTER TABLE users ALTER COLUMN default_levels SET DEFAULT '{watching}'",
                        "changed column public.users.default_levels default"),
                m("drop a check constraint named with spaces", F,
                        "ALTER TABLE categories DROP CONSTRAINT \"Categories cannot parent themselves\"",
                        "missing check-constraint public.categories/Categories cannot parent themselves"),
                m("policy comment", F, "COMMENT ON POLICY topics_visible ON topics IS 'PMs: the author''s only'",
                        "changed policy public.topics/topics_visible comment"),
                m("deterministic twin of a collation", F, "CREATE COLLATION public.case_sensitive"
                                + " (provider = icu, locale = 'und-u-ks-level2', deterministic = true)",
                        "unexpected vendor \"pg.collation\".public/case_sensitive"),
                // ---- PostgREST-style: domains, functions, procedures, typmods
                m("change a domain constraint", L, "ALTER DOMAIN private.iban DROP CONSTRAINT iban_length;"
                                + " ALTER DOMAIN private.iban ADD CONSTRAINT iban_length"
                                + " CHECK (length(VALUE) BETWEEN 16 AND 34)",
                        "changed check-constraint private.iban/iban_length expression"),
                m("domain constraint NOT VALID", L, "ALTER DOMAIN private.percent"
                                + " ADD CONSTRAINT percent_half_steps CHECK (VALUE % 0.5 = 0) NOT VALID",
                        "unexpected check-constraint private.percent/percent_half_steps"),
                withSetup("validate a domain constraint", L, "ALTER DOMAIN private.percent"
                                + " ADD CONSTRAINT percent_half_steps CHECK (VALUE % 0.5 = 0) NOT VALID",
                        "ALTER DOMAIN private.percent VALIDATE CONSTRAINT percent_half_steps",
                        "changed check-constraint private.percent/percent_half_steps validated"),
                m("domain DROP DEFAULT", L, "ALTER DOMAIN private.amount DROP DEFAULT",
                        "changed domain private.amount default"),
                m("domain DROP NOT NULL", L, "ALTER DOMAIN private.amount DROP NOT NULL",
                        "changed domain private.amount notNull"),
                m("function volatility", L, "ALTER FUNCTION api.total(numeric[]) STABLE",
                        "changed function api.total(numeric[]) volatility"),
                m("function body", L, "CREATE OR REPLACE FUNCTION private.balance(account bigint,"
                                + " as_of timestamp with time zone DEFAULT now()) RETURNS numeric LANGUAGE sql STABLE"
                                + " STRICT PARALLEL SAFE AS $$ SELECT coalesce(sum(CASE side WHEN 'credit' THEN amount"
                                + " ELSE -amount END), 0) FROM private.journal WHERE account_id = account"
                                + " AND value_date <= as_of::date $$",
                        "changed function private.balance(bigint, timestamp with time zone) definition"),
                m("function default argument", L, "CREATE OR REPLACE FUNCTION api.concat_tags(separator text"
                                + " DEFAULT '; ', VARIADIC tags text[] DEFAULT ARRAY[]::text[]) RETURNS text"
                                + " LANGUAGE sql IMMUTABLE AS $$ SELECT array_to_string(tags, separator) $$",
                        "changed function api.concat_tags(text, text[]) arguments"),
                m("function SET parameter", L, "ALTER FUNCTION api.transfer(bigint, bigint, numeric, text, text)"
                                + " SET statement_timeout = '10s'",
                        "changed function api.transfer(bigint, bigint, numeric, text, text)"
                                + " attributes.pg.config.statement_timeout"),
                m("function ROWS", L, "ALTER FUNCTION api.balances(uuid, timestamp with time zone) ROWS 100",
                        "changed function api.balances(uuid, timestamp with time zone) attributes.pg.rows"),
                m("function PARALLEL", L, "ALTER FUNCTION private.balance(bigint, timestamp with time zone)"
                                + " PARALLEL RESTRICTED",
                        "changed function private.balance(bigint, timestamp with time zone) attributes.pg.parallel"),
                m("function CALLED ON NULL INPUT", L, "ALTER FUNCTION private.add_money(private.money_amount,"
                                + " private.money_amount) CALLED ON NULL INPUT",
                        "changed function private.add_money(private.money_amount, private.money_amount)"
                                + " attributes.pg.strict"),
                m("function SECURITY INVOKER", L, "ALTER FUNCTION private.audit() SECURITY INVOKER",
                        "changed function private.audit() securityDefiner"),
                m("procedure default argument", L, "CREATE OR REPLACE PROCEDURE private.close_account(account bigint,"
                                + " on_date date DEFAULT CURRENT_DATE, force boolean DEFAULT true) LANGUAGE plpgsql"
                                + " AS $$ BEGIN UPDATE private.accounts SET closed_during = daterange(on_date, NULL)"
                                + " WHERE id = account; END $$",
                        "changed procedure private.close_account(bigint, date, boolean) arguments",
                        "changed procedure private.close_account(bigint, date, boolean) definition"),
                m("another OUT parameter", L, "DROP FUNCTION api.account_summary(bigint);"
                                + " CREATE FUNCTION api.account_summary(account bigint, OUT credits numeric,"
                                + " OUT debits numeric, OUT entries integer, OUT last_posted timestamp with time zone)"
                                + " LANGUAGE sql STABLE AS $$ SELECT sum(amount) FILTER (WHERE side = 'credit'),"
                                + " sum(amount) FILTER (WHERE side = 'debit'), count(*)::int, max(posted_at)"
                                + " FROM private.journal WHERE account_id = account $$",
                        "changed function api.account_summary(bigint) arguments",
                        "changed function api.account_summary(bigint) definition",
                        // DROP FUNCTION took the REVOKE … FROM PUBLIC with it
                        "changed function api.account_summary(bigint) grants"),
                m("composite attribute type", L,
                        "ALTER TYPE private.balance_row ALTER ATTRIBUTE balance TYPE numeric(20, 8)",
                        "changed column private.balance_row.balance type"),
                m("sequence in a quoted schema", L, "ALTER SEQUENCE \"Audit\".event_id_seq CACHE 1",
                        "changed sequence Audit.event_id_seq cache"),
                m("grant execute after REVOKE ALL", L,
                        "GRANT EXECUTE ON FUNCTION api.concat_tags(text, text[]) TO corpus_anon",
                        "changed function api.concat_tags(text, text[]) grants"),
                m("new range partition beside the default", L, "CREATE TABLE \"Audit\".events_2026"
                                + " PARTITION OF \"Audit\".events"
                                + " FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00')",
                        "unexpected table Audit.events_2026"),
                m("time precision", L, "ALTER TABLE private.accounts ALTER COLUMN cutoff_time TYPE time(0)",
                        "changed column private.accounts.cutoff_time type"),
                m("interval fields", L,
                        "ALTER TABLE private.accounts ALTER COLUMN grace TYPE interval day to second",
                        "changed column private.accounts.grace type"),
                m("trigger timing", L, "DROP TRIGGER journal_no_truncate ON private.journal;"
                                + " CREATE TRIGGER journal_no_truncate AFTER TRUNCATE ON private.journal"
                                + " FOR EACH STATEMENT EXECUTE FUNCTION private.audit()",
                        "changed trigger private.journal/journal_no_truncate timing"),
                m("drop a transition table", L, "DROP TRIGGER journal_audit ON private.journal;"
                                + " CREATE TRIGGER journal_audit AFTER INSERT ON private.journal"
                                + " FOR EACH STATEMENT EXECUTE FUNCTION private.audit()",
                        "changed trigger private.journal/journal_audit attributes.pg.new_table"),
                m("rename function", L, "ALTER FUNCTION api.total(numeric[]) RENAME TO sum_of",
                        "missing function api.total(numeric[])", "unexpected function api.sum_of(numeric[])"),
                m("security_barrier reset", L, "ALTER VIEW api.accounts RESET (security_barrier)",
                        "changed view api.accounts attributes.pg.security_barrier"),
                // ---- probes: states and options that are easy to miss
                m("trigger fires on replicas only", G,
                        "ALTER TABLE integrations ENABLE REPLICA TRIGGER trigger_has_external_issue_tracker_on_insert",
                        "changed trigger public.integrations/trigger_has_external_issue_tracker_on_insert enabled"),
                withSetup("trigger fires always rather than on replicas", G,
                        "ALTER TABLE integrations ENABLE REPLICA TRIGGER trigger_has_external_issue_tracker_on_insert",
                        "ALTER TABLE integrations ENABLE ALWAYS TRIGGER trigger_has_external_issue_tracker_on_insert",
                        "changed trigger public.integrations/trigger_has_external_issue_tracker_on_insert enabled"),
                m("rename trigger", G, "ALTER TRIGGER trigger_has_external_issue_tracker_on_delete ON integrations"
                                + " RENAME TO integrations_on_delete",
                        "missing trigger public.integrations/trigger_has_external_issue_tracker_on_delete",
                        "unexpected trigger public.integrations/integrations_on_delete"),
                m("column n_distinct", G, "ALTER TABLE projects ALTER COLUMN namespace_id SET (n_distinct = -0.05)",
                        "changed column public.projects.namespace_id attributes.pg.n_distinct"),
                m("default on a view column", F, "ALTER VIEW visible_topics ALTER COLUMN visible SET DEFAULT true",
                        "changed column public.visible_topics.visible default"),
                m("comment on a view column", F, "COMMENT ON COLUMN \"Post Summary\".\"Excerpt\" IS 'First 200 characters'",
                        "changed column public.Post Summary.Excerpt comment"),
                m("rename an enum type", F, "ALTER TYPE \"TrustLevel\" RENAME TO trust_level",
                        "missing enum public.TrustLevel", "unexpected enum public.trust_level",
                        // its default 'newuser' is the same value of the renamed type
                        "changed column public.users.trustLevel type"),
                m("sequence AS integer", L, "ALTER SEQUENCE \"Audit\".event_id_seq AS integer",
                        "changed sequence Audit.event_id_seq dataType", "changed sequence Audit.event_id_seq max"),
                m("policy command", F, "DROP POLICY topics_staff ON topics; CREATE POLICY topics_staff ON topics"
                                + " FOR UPDATE TO corpus_forum_mod USING (true) WITH CHECK (deleted_at IS NULL)",
                        "changed policy public.topics/topics_staff command"),
                m("rename a domain constraint", L,
                        "ALTER DOMAIN private.iban RENAME CONSTRAINT iban_no_spaces TO iban_compact",
                        "missing check-constraint private.iban/iban_no_spaces",
                        "unexpected check-constraint private.iban/iban_compact"),
                m("cluster on an index", G, "ALTER TABLE routes CLUSTER ON index_routes_on_path",
                        "changed index public.routes/index_routes_on_path attributes.pg.clustered"),
                m("no inherit", Q, "ALTER TABLE queue.archive_2025 NO INHERIT queue.archive",
                        // its columns stay, now its own: whether a column is inherited is not compared
                        "changed table queue.archive_2025 parents"),
                m("trigger arguments", G, "DROP TRIGGER assign_p_ci_builds_partition ON ci.ci_builds_default;"
                                + " CREATE TRIGGER assign_p_ci_builds_partition BEFORE INSERT ON ci.ci_builds_default"
                                + " FOR EACH ROW EXECUTE FUNCTION ci.assign_build_partition('102')",
                        "changed trigger ci.ci_builds_default/assign_p_ci_builds_partition function"),
                m("trigger on a partitioned table", G, "CREATE TRIGGER p_ci_builds_touch AFTER INSERT"
                                + " ON ci.p_ci_builds FOR EACH ROW EXECUTE FUNCTION set_has_external_issue_tracker()",
                        "unexpected trigger ci.p_ci_builds/p_ci_builds_touch"),
                m("index on a partitioned table", G, "CREATE INDEX p_ci_builds_queued_at_idx"
                                + " ON ci.p_ci_builds (queued_at) WHERE queued_at IS NOT NULL",
                        "unexpected index ci.p_ci_builds/p_ci_builds_queued_at_idx",
                        // the server creates one on each partition: each is a new index
                        "unexpected index ci.ci_builds/ci_builds_queued_at_idx",
                        "unexpected index ci.ci_builds_102/ci_builds_102_queued_at_idx",
                        "unexpected index ci.ci_builds_102_0/ci_builds_102_0_queued_at_idx",
                        "unexpected index ci.ci_builds_102_1/ci_builds_102_1_queued_at_idx",
                        "unexpected index ci.ci_builds_102_2/ci_builds_102_2_queued_at_idx",
                        "unexpected index ci.ci_builds_102_3/ci_builds_102_3_queued_at_idx",
                        "unexpected index ci.ci_builds_default/ci_builds_default_queued_at_idx"),
                m("drop identity", L, "ALTER TABLE private.accounts ALTER COLUMN id DROP IDENTITY",
                        "changed column private.accounts.id identity"),
                m("function COST", L, "ALTER FUNCTION private.add_money(private.money_amount,"
                                + " private.money_amount) COST 50",
                        "changed function private.add_money(private.money_amount, private.money_amount)"
                                + " attributes.pg.cost"),
                m("function LEAKPROOF", L, "ALTER FUNCTION api.total(numeric[]) LEAKPROOF",
                        "changed function api.total(numeric[]) attributes.pg.leakproof"),
                m("procedure SECURITY DEFINER", L,
                        "ALTER PROCEDURE private.rebuild_caches(integer) SECURITY DEFINER",
                        "changed procedure private.rebuild_caches(integer) securityDefiner"),
                m("statistics target of an expression index column", F,
                        "ALTER INDEX index_topics_on_lower_title ALTER COLUMN 1 SET STATISTICS 1000",
                        "changed index public.topics/index_topics_on_lower_title attributes.pg.statistics"),
                withSetup("set without cluster", G, "ALTER TABLE routes CLUSTER ON index_routes_on_path",
                        "ALTER TABLE routes SET WITHOUT CLUSTER",
                        "changed index public.routes/index_routes_on_path attributes.pg.clustered"),
                m("sequence owned by another column", G,
                        "ALTER SEQUENCE routes_id_seq OWNED BY integrations.id",
                        "changed sequence public.routes_id_seq ownedBy"),
                m("aggregate initial value", L, "DROP VIEW api.monthly; DROP AGGREGATE"
                                + " private.money_sum(private.money_amount); CREATE AGGREGATE"
                                + " private.money_sum(private.money_amount) (SFUNC = private.add_money,"
                                + " STYPE = private.money_amount, INITCOND = '(0,EUR)')",
                        "missing view api.monthly",
                        "changed function private.money_sum(private.money_amount) definition"),
                m("function RESET ALL", L,
                        "ALTER FUNCTION api.transfer(bigint, bigint, numeric, text, text) RESET ALL",
                        "changed function api.transfer(bigint, bigint, numeric, text, text)"
                                + " attributes.pg.config.search_path",
                        "changed function api.transfer(bigint, bigint, numeric, text, text)"
                                + " attributes.pg.config.statement_timeout"),
                m("rename a column a view reads", L, "ALTER TABLE private.journal RENAME COLUMN memo TO note",
                        "missing column private.journal.memo", "unexpected column private.journal.note",
                        // the stored views now read note: their text changes, their columns keep their names
                        "changed view api.journal definition", "changed view api.monthly definition",
                        "changed view private.expression_zoo definition"),
                m("window frame in a view", L, "CREATE OR REPLACE VIEW api.journal AS"
                                + " SELECT j.id, j.account_id, j.side, j.amount, j.posted_at, j.value_date, j.memo,"
                                + " percent_rank() OVER (PARTITION BY j.account_id ORDER BY j.amount) AS amount_rank,"
                                + " lag(j.amount::numeric, 2, 0::numeric) OVER (PARTITION BY j.account_id"
                                + " ORDER BY j.posted_at) AS previous_amount,"
                                + " j.posted_at::date - lag(j.posted_at::date) OVER (PARTITION BY j.account_id"
                                + " ORDER BY j.posted_at) AS gap_days"
                                + " FROM private.journal j WHERE j.account_id IN (SELECT id FROM api.accounts)",
                        "changed view api.journal definition"),
                m("grant on a view column", F, "GRANT UPDATE (title) ON visible_topics TO corpus_forum_web",
                        "changed column public.visible_topics.title attributes.pg.grant.corpus_forum_web"),
                // ---- PostgreSQL 14 and later
                m("multirange default", M14, "ALTER TABLE sched.rooms ALTER COLUMN open_hours"
                                + " SET DEFAULT '{[09:00,17:00)}'",
                        "changed column sched.rooms.open_hours default"),
                m("BEGIN ATOMIC body", M14, "CREATE OR REPLACE FUNCTION sched.busy(room integer)"
                                + " RETURNS tstzmultirange LANGUAGE sql STABLE BEGIN ATOMIC"
                                + " SELECT coalesce(range_agg(b.during), '{}'::tstzmultirange) FROM sched.bookings b"
                                + " WHERE b.room_id = room AND upper(b.during) > now(); END",
                        "changed function sched.busy(integer) definition"),
                m("RETURN body", M14, "CREATE OR REPLACE FUNCTION sched.is_free(room integer, wanted tstzrange)"
                                + " RETURNS boolean LANGUAGE sql STABLE RETURN NOT (sched.busy(room) @> wanted)",
                        "changed function sched.is_free(integer, tstzrange) definition"),
                m("column compression back to the default", M14,
                        "ALTER TABLE sched.rooms ALTER COLUMN notes SET COMPRESSION default",
                        "changed column sched.rooms.notes attributes.pg.compression"),
                m("SEARCH BREADTH FIRST", M14, "CREATE OR REPLACE VIEW sched.room_tree AS"
                                + " WITH RECURSIVE tree (id, parent_id, name) AS ("
                                + " SELECT id, parent_id, name FROM sched.rooms WHERE parent_id IS NULL UNION ALL"
                                + " SELECT r.id, r.parent_id, r.name FROM sched.rooms r JOIN tree t ON r.parent_id = t.id"
                                + " ) SEARCH BREADTH FIRST BY name SET ordercol CYCLE id SET is_cycle USING path"
                                + " SELECT id, parent_id, name, is_cycle FROM tree ORDER BY ordercol",
                        "changed view sched.room_tree definition"),
                withSetup("statistics target of extended statistics", M14,
                        "CREATE STATISTICS sched.rooms_parent_name ON parent_id, name FROM sched.rooms",
                        "ALTER STATISTICS sched.rooms_parent_name SET STATISTICS 500",
                        "changed vendor \"pg.statistics\".sched/rooms_parent_name attributes.pg.statistics_target")
        );
    }

    /**
     * The oldest and newest available majors from 12: where catalogs differ most. The majors between are held to the
     * same snapshots by {@code CorpusAcrossVersionsIT}; running every migration on them too cost a minute of every
     * build and found nothing those two do not.
     */
    static List<Integer> versions() {
        List<Integer> all = Majors.all();
        return new java.util.TreeSet<>(List.of(all.get(0), all.get(all.size() - 1))).stream().toList();
    }

    static Stream<Arguments> cases() {
        List<Migration> all = Stream.concat(migrations(), applicationMigrations()).toList();
        return versions().stream().flatMap(v -> all.stream()
                .filter(m -> v >= Corpus.since(m.corpus()))
                .map(m -> Arguments.of(v, m)));
    }

    private static final Map<String, Snapshot> BEFORE = new ConcurrentHashMap<>();
    /** One database per major, corpus schema and setup, which each migration's database copies. */
    private static final Map<String, TestDatabase> TEMPLATES = new ConcurrentHashMap<>();

    private static TestDatabase template(int major, Migration m) {
        return TEMPLATES.computeIfAbsent(major + "\n" + m.corpus() + "\n" + m.setup(), k -> {
            TestDatabase db = TestPostgres.start(major).newDatabase();
            db.executeResource(m.corpus());
            if (!m.setup().isEmpty()) {
                db.execute(m.setup());
            }
            return db;
        });
    }

    @AfterAll
    static void dropTemplates() {
        TEMPLATES.values().forEach(TestDatabase::close);
        TEMPLATES.clear();
        BEFORE.clear();
    }

    private static Snapshot before(int major, Migration m) {
        return BEFORE.computeIfAbsent(major + "\n" + m.corpus() + "\n" + m.setup(),
                k -> Captures.withoutDatabase(Captures.capture(template(major, m))));
    }

    static Snapshot after(int major, Migration m) {
        TestDatabase template = template(major, m);
        try (TestDatabase db = template.server().newDatabase(template)) {
            for (String step : m.migration().split("\n--;\n")) {
                if (step.startsWith("--fails\n")) {
                    try {
                        db.execute(step);
                    } catch (io.drift.core.DriftException expected) {
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
