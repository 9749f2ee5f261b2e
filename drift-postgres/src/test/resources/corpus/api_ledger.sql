-- A PostgREST/Supabase-style ledger: the API is a schema of views and functions over a private schema. Domains with
-- several named checks, composite types that functions take and return, set-returning SQL and plpgsql functions with
-- default arguments, OUT and INOUT parameters, VARIADIC, RETURNS TABLE, window functions, procedures, functions with
-- SET, COST and ROWS, a custom range type, numeric and time types with typmods, and defaults written every way
-- (now(), CURRENT_TIMESTAMP, CURRENT_USER, casts, array, jsonb and interval literals, nextval on a sequence in another
-- schema). Only what PostgreSQL 12 to 18 all accept.
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'corpus_anon') THEN CREATE ROLE corpus_anon NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'corpus_authenticated') THEN
        CREATE ROLE corpus_authenticated NOLOGIN;
    END IF;
END $$;

CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE SCHEMA private;
CREATE SCHEMA api;
CREATE SCHEMA "Audit";
COMMENT ON SCHEMA api IS 'Exposed through PostgREST: db-schemas = "api"';

CREATE DOMAIN private.currency_code AS character(3)
    CONSTRAINT currency_code_upper CHECK (VALUE = upper(VALUE))
    CONSTRAINT currency_code_letters CHECK (VALUE ~ '^[A-Z]{3}$');
CREATE DOMAIN private.amount AS numeric(20, 8) DEFAULT 0.0 NOT NULL
    CONSTRAINT amount_bounded CHECK (VALUE > -1e12 AND VALUE < 1e12);
CREATE DOMAIN private.iban AS text
    CONSTRAINT iban_length CHECK (length(VALUE) BETWEEN 15 AND 34)
    CONSTRAINT iban_format CHECK (VALUE ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]+$')
    CONSTRAINT iban_no_spaces CHECK (position(' ' IN VALUE) = 0);
CREATE DOMAIN private.percent AS numeric(5, 2) CHECK (VALUE BETWEEN 0 AND 100);
CREATE DOMAIN private.tags AS text[] DEFAULT '{}'::text[] CHECK (cardinality(VALUE) <= 10);

CREATE TYPE private.money_amount AS (amount numeric(20, 8), currency private.currency_code);
CREATE TYPE private.balance_row AS (account_id bigint, balance numeric, as_of timestamp(3) with time zone);
CREATE TYPE private.entry_side AS ENUM ('debit', 'credit');
CREATE TYPE private.numrange_money AS RANGE (subtype = numeric);

CREATE SEQUENCE "Audit".event_id_seq AS bigint START WITH 1000 INCREMENT BY 10 MINVALUE 1000 CACHE 50;
CREATE SEQUENCE private.journal_number_seq START WITH 1 MAXVALUE 99999999 CYCLE;

CREATE TABLE private.accounts (
    id bigint GENERATED ALWAYS AS IDENTITY (START WITH 1 INCREMENT BY 1 MINVALUE 1 NO MAXVALUE CACHE 1) PRIMARY KEY,
    owner_id uuid NOT NULL,
    name text NOT NULL,
    iban private.iban UNIQUE,
    currency private.currency_code NOT NULL DEFAULT 'EUR'::bpchar,
    overdraft_limit private.amount,
    interest private.percent DEFAULT 0.00,
    tags private.tags,
    opened_on date NOT NULL DEFAULT CURRENT_DATE,
    opened_at timestamp(0) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP(0),
    opened_by name NOT NULL DEFAULT CURRENT_USER,
    session_user_name text DEFAULT SESSION_USER,
    cutoff_time time(3) without time zone DEFAULT '17:30:00'::time without time zone,
    cutoff_zone time with time zone DEFAULT '17:30:00+01'::time with time zone,
    statement_every interval month DEFAULT '1 mon'::interval,
    grace interval hour to minute DEFAULT '36:30:00'::interval,
    limits private.numrange_money DEFAULT '[0,1000)'::private.numrange_money,
    flags bit(8) DEFAULT B'00000000' NOT NULL,
    mask bit varying(16),
    metadata jsonb DEFAULT '{"kyc": {"level": 0, "checked": false}, "labels": []}'::jsonb NOT NULL,
    aliases character varying(32)[] DEFAULT ARRAY['main'::character varying, 'default'::character varying],
    closed_during daterange,
    created_at timestamp without time zone DEFAULT (now() AT TIME ZONE 'utc'::text) NOT NULL,
    local_created_at timestamp(2) without time zone DEFAULT LOCALTIMESTAMP(2),
    valid_from timestamp with time zone DEFAULT ('now'::text)::timestamp with time zone,
    secret bytea DEFAULT public.gen_random_bytes(16),
    balance_cache private.money_amount,
    CONSTRAINT accounts_name_not_blank CHECK (btrim(name) <> ''::text),
    CONSTRAINT accounts_open_before_close CHECK (closed_during IS NULL OR lower(closed_during) >= opened_on)
);
CREATE INDEX accounts_owner_idx ON private.accounts (owner_id) WHERE closed_during IS NULL;
CREATE INDEX accounts_metadata_kyc_idx ON private.accounts (((metadata #>> '{kyc,level}')::integer));
CREATE INDEX accounts_limits_idx ON private.accounts USING gist (limits);

CREATE TABLE private.journal (
    id bigint DEFAULT nextval('"Audit".event_id_seq'::regclass) PRIMARY KEY,
    number integer NOT NULL DEFAULT nextval('private.journal_number_seq')::integer,
    account_id bigint NOT NULL REFERENCES private.accounts (id) ON UPDATE CASCADE ON DELETE RESTRICT,
    side private.entry_side NOT NULL,
    amount private.amount,
    posted_at timestamp(3) with time zone NOT NULL DEFAULT now(),
    value_date date NOT NULL DEFAULT (now() + '2 days'::interval)::date,
    reference text DEFAULT ('JRN-'::text || lpad((nextval('private.journal_number_seq'::regclass))::text, 8, '0'::text)),
    counter_account bigint,
    memo character varying(140) COLLATE "C",
    FOREIGN KEY (counter_account) REFERENCES private.accounts (id) MATCH FULL
);
CREATE INDEX journal_account_posted_idx ON private.journal (account_id, posted_at DESC) INCLUDE (amount, side);
CREATE INDEX journal_value_date_brin ON private.journal USING brin (value_date) WITH (pages_per_range = 32);

CREATE TABLE "Audit".events (
    id bigint DEFAULT nextval('"Audit".event_id_seq'::regclass) NOT NULL,
    at timestamp with time zone DEFAULT statement_timestamp() NOT NULL,
    actor text DEFAULT current_setting('request.jwt.claim.sub'::text, true),
    "table" regclass NOT NULL,
    op character(1) NOT NULL CHECK (op = ANY (ARRAY['I'::bpchar, 'U'::bpchar, 'D'::bpchar])),
    "row" jsonb
) PARTITION BY RANGE (at);
CREATE TABLE "Audit".events_2025 PARTITION OF "Audit".events
    FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');
CREATE TABLE "Audit".events_old PARTITION OF "Audit".events FOR VALUES FROM (MINVALUE) TO ('2025-01-01 00:00:00+00');
CREATE TABLE "Audit".events_default PARTITION OF "Audit".events DEFAULT;

-- Functions: SQL and plpgsql, set-returning, defaults, OUT, INOUT, VARIADIC, windows.
CREATE FUNCTION private.balance(account bigint, as_of timestamp with time zone DEFAULT now())
    RETURNS numeric LANGUAGE sql STABLE STRICT PARALLEL SAFE
    AS $$
        SELECT coalesce(sum(CASE side WHEN 'credit' THEN amount ELSE -amount END), 0)
        FROM private.journal WHERE account_id = account AND posted_at <= as_of
    $$;

CREATE FUNCTION api.balances(owner uuid, as_of timestamp with time zone DEFAULT CURRENT_TIMESTAMP)
    RETURNS SETOF private.balance_row LANGUAGE sql STABLE ROWS 20
    AS $$
        SELECT a.id, private.balance(a.id, as_of), as_of::timestamp(3) with time zone
        FROM private.accounts a WHERE a.owner_id = owner
    $$;

CREATE FUNCTION api.statement(account bigint, since date DEFAULT (CURRENT_DATE - 30), lim integer DEFAULT 100)
    RETURNS TABLE (posted_at timestamp with time zone, amount numeric, running_total numeric, rn bigint)
    LANGUAGE sql STABLE
    AS $$
        SELECT j.posted_at,
               CASE j.side WHEN 'credit' THEN j.amount ELSE -j.amount END,
               sum(CASE j.side WHEN 'credit' THEN j.amount ELSE -j.amount END)
                   OVER (ORDER BY j.posted_at, j.id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW),
               row_number() OVER w
        FROM private.journal j
        WHERE j.account_id = account AND j.value_date >= since
        WINDOW w AS (ORDER BY j.posted_at DESC)
        ORDER BY j.posted_at
        LIMIT lim
    $$;

CREATE FUNCTION api.account_summary(account bigint, OUT credits numeric, OUT debits numeric, OUT entries integer)
    LANGUAGE sql STABLE
    AS $$
        SELECT sum(amount) FILTER (WHERE side = 'credit'), sum(amount) FILTER (WHERE side = 'debit'), count(*)::int
        FROM private.journal WHERE account_id = account
    $$;

CREATE FUNCTION api.total(VARIADIC amounts numeric[]) RETURNS numeric LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT sum(a) FROM unnest(amounts) a $$;

CREATE FUNCTION api.concat_tags(separator text DEFAULT ', ', VARIADIC tags text[] DEFAULT ARRAY[]::text[])
    RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_to_string(tags, separator) $$;

CREATE FUNCTION private.to_money(amount numeric, currency private.currency_code DEFAULT 'EUR')
    RETURNS private.money_amount LANGUAGE sql IMMUTABLE
    AS $$ SELECT ROW(round(amount, 2), currency)::private.money_amount $$;

CREATE FUNCTION private.add_money(a private.money_amount, b private.money_amount) RETURNS private.money_amount
    LANGUAGE plpgsql IMMUTABLE STRICT COST 5
    AS $$
BEGIN
    IF a.currency IS DISTINCT FROM b.currency THEN
        RAISE EXCEPTION 'currency mismatch: % vs %', a.currency, b.currency USING ERRCODE = '22023';
    END IF;
    RETURN ROW(a.amount + b.amount, a.currency)::private.money_amount;
END
$$;

CREATE FUNCTION api.transfer(from_account bigint, to_account bigint, amount numeric,
                             memo text DEFAULT NULL, INOUT reference text DEFAULT NULL, OUT journal_ids bigint[])
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = private, pg_temp
    SET statement_timeout = '5s'
    AS $$
DECLARE
    debit_id bigint;
    credit_id bigint;
BEGIN
    IF amount <= 0 THEN
        RAISE EXCEPTION 'amount must be positive';
    END IF;
    INSERT INTO journal (account_id, side, amount, memo, counter_account)
        VALUES (from_account, 'debit', amount, memo, to_account) RETURNING id INTO debit_id;
    INSERT INTO journal (account_id, side, amount, memo, counter_account)
        VALUES (to_account, 'credit', amount, memo, from_account) RETURNING id INTO credit_id;
    reference := coalesce(reference, 'TRF-' || debit_id);
    journal_ids := ARRAY[debit_id, credit_id];
END
$$;

CREATE FUNCTION api.search_accounts(query text, max_results integer DEFAULT 10)
    RETURNS SETOF private.accounts LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN QUERY SELECT * FROM private.accounts a
        WHERE a.name ILIKE '%' || query || '%' ORDER BY a.name LIMIT max_results;
END
$$;

CREATE FUNCTION private.audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    INSERT INTO "Audit".events ("table", op, "row")
    VALUES (TG_RELID::regclass, left(TG_OP, 1), to_jsonb(coalesce(NEW, OLD)));
    RETURN NULL;
END
$$;
CREATE TRIGGER accounts_audit AFTER INSERT OR DELETE OR UPDATE ON private.accounts
    FOR EACH ROW EXECUTE FUNCTION private.audit();
CREATE TRIGGER journal_audit AFTER INSERT ON private.journal
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION private.audit();
CREATE TRIGGER journal_no_truncate BEFORE TRUNCATE ON private.journal
    FOR EACH STATEMENT EXECUTE FUNCTION private.audit();

CREATE PROCEDURE private.close_account(account bigint, on_date date DEFAULT CURRENT_DATE, force boolean DEFAULT false)
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NOT force AND private.balance(account) <> 0 THEN
        RAISE EXCEPTION 'balance of % is not zero', account;
    END IF;
    UPDATE private.accounts SET closed_during = daterange(on_date, NULL) WHERE id = account;
    COMMIT;
END
$$;
CREATE PROCEDURE private.rebuild_caches(INOUT touched integer DEFAULT 0)
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE private.accounts SET balance_cache = private.to_money(private.balance(id), currency);
    GET DIAGNOSTICS touched = ROW_COUNT;
END
$$;

CREATE AGGREGATE private.money_sum(private.money_amount) (SFUNC = private.add_money, STYPE = private.money_amount);

-- The API: views over the private schema.
CREATE VIEW api.accounts WITH (security_barrier) AS
    SELECT id, name, iban, currency, opened_on, tags, (metadata -> 'kyc' ->> 'level')::integer AS kyc_level,
           limits, upper(limits) AS max_balance
    FROM private.accounts
    WHERE owner_id = NULLIF(current_setting('request.jwt.claim.sub', true), '')::uuid AND closed_during IS NULL;
CREATE VIEW api.journal AS
    SELECT j.id, j.account_id, j.side, j.amount, j.posted_at, j.value_date, j.memo,
           percent_rank() OVER (PARTITION BY j.account_id ORDER BY j.amount) AS amount_rank,
           lag(j.amount::numeric, 1, 0::numeric) OVER (PARTITION BY j.account_id ORDER BY j.posted_at) AS previous_amount,
           j.posted_at::date - lag(j.posted_at::date) OVER (PARTITION BY j.account_id ORDER BY j.posted_at) AS gap_days
    FROM private.journal j
    WHERE j.account_id IN (SELECT id FROM api.accounts);
CREATE VIEW api.monthly AS
    SELECT account_id, date_trunc('month', posted_at) AS month,
           sum(amount) FILTER (WHERE side = 'credit') AS credits,
           sum(amount) FILTER (WHERE side = 'debit') AS debits,
           private.money_sum(private.to_money(amount)) AS total,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY amount) AS median,
           array_agg(DISTINCT memo ORDER BY memo) FILTER (WHERE memo IS NOT NULL) AS memos
    FROM private.journal
    GROUP BY account_id, date_trunc('month', posted_at)
    HAVING count(*) > 0;

GRANT USAGE ON SCHEMA api TO corpus_anon, corpus_authenticated;
GRANT SELECT ON api.accounts, api.journal, api.monthly TO corpus_authenticated;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA api FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api.balances(uuid, timestamp with time zone), api.statement(bigint, date, integer)
    TO corpus_authenticated;
GRANT EXECUTE ON FUNCTION api.total(numeric[]) TO corpus_anon, corpus_authenticated;
GRANT EXECUTE ON FUNCTION api.transfer(bigint, bigint, numeric, text, text) TO corpus_authenticated;

COMMENT ON FUNCTION api.transfer(bigint, bigint, numeric, text, text) IS
    E'Moves money between two accounts.\nReturns the journal ids; "reference" defaults to TRF-<debit id>.';
COMMENT ON DOMAIN private.iban IS 'ISO 13616, without spaces';
COMMENT ON COLUMN private.accounts.flags IS 'bit 0: frozen, bit 1: joint, bit 7: test';
COMMENT ON TYPE private.money_amount IS 'An amount in one currency (€, £, ¥)';

-- Expressions that PostgreSQL prints differently from one major to another, the way application views and defaults
-- use them: SQL value functions, typed literals, LIKE … ESCAPE, IS [NOT] DISTINCT FROM, row comparisons, ARRAY and
-- EXISTS subqueries, GROUPING SETS, DISTINCT ON, jsonpath and tsquery literals, XML, string escapes, NULLS FIRST.
CREATE TABLE private.settings (
    key text PRIMARY KEY,
    value text DEFAULT E'line one\nline two\t''quoted''',
    unicode_value text DEFAULT U&'caf\00E9',
    kind "char" DEFAULT 's'::"char",
    changed_by text DEFAULT current_role,
    changed_in name DEFAULT current_catalog,
    changed_schema name DEFAULT current_schema,
    changed_at_local time(3) DEFAULT LOCALTIME(3),
    changed_at_time time with time zone DEFAULT CURRENT_TIME(2),
    valid_until timestamp without time zone DEFAULT 'infinity'::timestamp without time zone,
    ratio double precision DEFAULT 0.1,
    big numeric DEFAULT 1e12,
    negative integer DEFAULT -1,
    small_interval interval DEFAULT '00:00:01.5'::interval,
    day_interval interval day DEFAULT '3 days'::interval day,
    path jsonpath DEFAULT '$."kyc"[*] ? (@.level > 1)'::jsonpath,
    query tsquery DEFAULT 'rich & !poor'::tsquery,
    bits bit varying(8) DEFAULT B'101'::bit varying,
    CONSTRAINT settings_key_format CHECK (key LIKE 'app.%' ESCAPE '!' AND key NOT ILIKE '%!_tmp' ESCAPE '!'),
    CONSTRAINT settings_kind CHECK (kind = ANY (ARRAY['s'::"char", 'n'::"char"]))
);
CREATE VIEW private.expression_zoo AS
    SELECT DISTINCT ON (s.kind) s.key,
           s.value IS NOT DISTINCT FROM s.unicode_value AS same,
           (s.key, s.kind) < ('m', 'n'::"char") AS row_before,
           ARRAY(SELECT a.id FROM private.accounts a ORDER BY a.id NULLS FIRST LIMIT 3) AS first_accounts,
           EXISTS (SELECT 1 FROM private.journal j WHERE j.memo = s.key) AS used,
           CAST(s.value AS character varying(10)) AS short_value,
           s.value::text COLLATE "C" AS c_value,
           xmlelement(NAME setting, xmlattributes(s.key AS key), s.value) AS as_xml,
           jsonb_path_exists('{"kyc": [{"level": 2}]}'::jsonb, s.path) AS path_matches,
           to_tsvector('simple', s.value) @@ s.query AS text_matches,
           s.valid_until > LOCALTIMESTAMP AND s.changed_at_local < LOCALTIME AS still_valid,
           current_schema AS in_schema,
           session_user AS connected_as,
           CASE s.kind WHEN 's' THEN 'string' WHEN 'n' THEN 'number' END AS kind_name,
           greatest(s.ratio, 0.5) AS at_least_half,
           nullif(s.negative, -1) AS not_minus_one,
           s.small_interval * 2 + interval '1 hour' AS doubled,
           substr(s.key, 5) SIMILAR TO '[a-z]+' AS simple_name,
           s.key ~* '^app\.' AS prefixed,
           s.big::bigint % 7 AS mod7
    FROM private.settings s
    ORDER BY s.kind, s.key DESC NULLS LAST;
CREATE VIEW private.setting_counts AS
    SELECT kind, left(key, 5) AS prefix, count(*) AS n, grouping(kind, left(key, 5)) AS level
    FROM private.settings
    GROUP BY GROUPING SETS ((kind), (left(key, 5)), ())
    HAVING count(*) >= 0;
CREATE INDEX settings_value_prefix ON private.settings (lower(value) text_pattern_ops, key COLLATE "C" DESC)
    WHERE value IS NOT NULL AND kind <> 'n'::"char";
