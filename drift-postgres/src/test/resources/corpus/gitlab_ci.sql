-- A GitLab-style CI schema, the way GitLab's structure.sql reads: sequences created apart and attached with OWNED BY
-- and SET DEFAULT nextval(...::regclass), CHECK constraints added NOT VALID then validated, many partial and
-- expression indexes, trigram and GIN array indexes, list-partitioned builds with a hash-partitioned sub-partition and
-- a default partition, sequences in another schema, an exclusion constraint over a computed range, constraint
-- triggers, statement triggers with transition tables, triggers with UPDATE OF and WHEN, storage parameters (heap and
-- toast), replica identity on an index, column storage and statistics. Only what PostgreSQL 12 to 18 all accept.
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'corpus_gitlab') THEN CREATE ROLE corpus_gitlab; END IF;
END $$;

CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE SCHEMA gitlab_partitions_static;
CREATE SCHEMA ci;

CREATE FUNCTION public.set_has_external_issue_tracker() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  UPDATE projects SET has_external_issue_tracker = (
    EXISTS (SELECT 1 FROM integrations WHERE project_id = COALESCE(NEW.project_id, OLD.project_id)
            AND category = 'issue_tracker' AND active = TRUE)
  )
  WHERE projects.id = COALESCE(NEW.project_id, OLD.project_id);
  RETURN NULL;
END
$$;

CREATE FUNCTION public.trigger_namespaces_traversal_ids_on_update() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF OLD.traversal_ids IS DISTINCT FROM NEW.traversal_ids THEN
    INSERT INTO namespace_descendants_stale (namespace_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION public.insert_into_loose_foreign_keys_deleted_records() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  INSERT INTO loose_foreign_keys_deleted_records (fully_qualified_table_name, primary_key_value)
  SELECT TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, old_table.id FROM old_table;
  RETURN NULL;
END
$$;

CREATE FUNCTION ci.assign_build_partition() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF NEW.partition_id IS NULL THEN
    NEW.partition_id := 100;
  END IF;
  RETURN NEW;
END
$$;

CREATE FUNCTION public.check_namespace_route() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM routes WHERE source_id = NEW.id AND source_type = 'Namespace') THEN
    RAISE EXCEPTION 'namespace % has no route', NEW.id USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NULL;
END
$$;

CREATE TABLE public.namespaces (
    id integer NOT NULL,
    name character varying NOT NULL,
    path character varying NOT NULL,
    owner_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    type character varying DEFAULT 'User'::character varying NOT NULL,
    description character varying DEFAULT ''::character varying NOT NULL,
    parent_id integer,
    traversal_ids integer[] DEFAULT '{}'::integer[] NOT NULL,
    visibility_level integer DEFAULT 20 NOT NULL,
    shared_runners_minutes_limit integer,
    request_access_enabled boolean DEFAULT true NOT NULL,
    settings jsonb DEFAULT '{"emails_enabled": true, "lfs": {"enabled": false, "limit": null}}'::jsonb NOT NULL,
    runners_token_encrypted character varying(255),
    organization_id bigint DEFAULT 1 NOT NULL
);
CREATE SEQUENCE public.namespaces_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.namespaces_id_seq OWNED BY public.namespaces.id;
ALTER TABLE ONLY public.namespaces ALTER COLUMN id SET DEFAULT nextval('public.namespaces_id_seq'::regclass);
ALTER TABLE ONLY public.namespaces ADD CONSTRAINT namespaces_pkey PRIMARY KEY (id);
ALTER TABLE public.namespaces ADD CONSTRAINT check_2eae3bdf93 CHECK ((char_length((path)::text) <= 255)) NOT VALID;
ALTER TABLE public.namespaces VALIDATE CONSTRAINT check_2eae3bdf93;
ALTER TABLE public.namespaces ADD CONSTRAINT check_8fb6fa9c04 CHECK ((char_length(description) <= 255)) NOT VALID;
CREATE INDEX index_namespaces_name_trigram ON public.namespaces USING gin (name gin_trgm_ops);
CREATE INDEX index_namespaces_on_lower_path ON public.namespaces USING btree (lower((path)::text));
CREATE UNIQUE INDEX index_namespaces_on_path_and_type_top_level ON public.namespaces USING btree (path, type)
    WHERE (parent_id IS NULL);
CREATE INDEX index_namespaces_on_traversal_ids ON public.namespaces USING gin (traversal_ids);
CREATE INDEX index_namespaces_on_traversal_ids_for_groups ON public.namespaces USING gin (traversal_ids)
    WHERE ((type)::text = 'Group'::text);
CREATE INDEX index_namespaces_on_created_at_and_id ON public.namespaces USING btree (created_at DESC NULLS LAST, id);
CREATE INDEX index_namespaces_on_runners_token_encrypted ON public.namespaces
    USING btree (runners_token_encrypted) WHERE (runners_token_encrypted IS NOT NULL);
CREATE INDEX index_namespaces_on_settings_lfs ON public.namespaces
    USING btree (((settings -> 'lfs'::text) ->> 'enabled'::text));
CREATE INDEX index_namespaces_public_groups_name_id ON public.namespaces USING btree (name, id)
    WHERE (((type)::text = 'Group'::text) AND (visibility_level = 20));
CREATE TRIGGER trigger_namespaces_traversal_ids_on_update AFTER UPDATE OF traversal_ids, parent_id
    ON public.namespaces FOR EACH ROW WHEN ((old.traversal_ids IS DISTINCT FROM new.traversal_ids))
    EXECUTE FUNCTION public.trigger_namespaces_traversal_ids_on_update();

CREATE TABLE public.namespace_descendants_stale (
    namespace_id bigint NOT NULL PRIMARY KEY,
    created_at timestamp with time zone DEFAULT now() NOT NULL
) WITH (autovacuum_vacuum_scale_factor = '0.01', autovacuum_analyze_threshold = 1000);

CREATE TABLE public.routes (
    id bigint NOT NULL,
    source_id bigint NOT NULL,
    source_type character varying NOT NULL,
    path character varying NOT NULL,
    name character varying,
    namespace_id bigint
);
CREATE SEQUENCE public.routes_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.routes_id_seq OWNED BY public.routes.id;
ALTER TABLE ONLY public.routes ALTER COLUMN id SET DEFAULT nextval('public.routes_id_seq'::regclass);
ALTER TABLE ONLY public.routes ADD CONSTRAINT routes_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_routes_on_path ON public.routes USING btree (path);
CREATE INDEX index_routes_on_path_text_pattern_ops ON public.routes USING btree (path varchar_pattern_ops);
CREATE INDEX index_routes_on_path_trigram ON public.routes USING gin (path gin_trgm_ops);
CREATE UNIQUE INDEX index_routes_on_source_type_and_source_id ON public.routes USING btree (source_type, source_id);
ALTER TABLE ONLY public.routes ADD CONSTRAINT fk_679ff8213d FOREIGN KEY (namespace_id)
    REFERENCES public.namespaces(id) ON DELETE CASCADE NOT VALID;
CREATE CONSTRAINT TRIGGER namespaces_have_a_route AFTER INSERT OR UPDATE OF path ON public.namespaces
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.check_namespace_route();

CREATE TABLE public.projects (
    id bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 100 INCREMENT BY 5 MINVALUE 100 MAXVALUE 9000000000
        CACHE 20) PRIMARY KEY,
    namespace_id integer NOT NULL,
    name character varying,
    path character varying,
    description text,
    archived boolean DEFAULT false NOT NULL,
    star_count integer DEFAULT 0 NOT NULL,
    last_activity_at timestamp(6) with time zone,
    repository_size_limit bigint,
    pending_delete boolean DEFAULT false,
    has_external_issue_tracker boolean,
    import_type character varying,
    topics text[] DEFAULT ARRAY[]::text[] NOT NULL,
    ci_config_path character varying DEFAULT '.gitlab-ci.yml'::character varying,
    search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, COALESCE(name, ''::character varying)::text), 'A'::"char")
        || setweight(to_tsvector('english'::regconfig, COALESCE(description, ''::text)), 'B'::"char")) STORED,
    CONSTRAINT projects_namespace_id_fkey FOREIGN KEY (namespace_id) REFERENCES public.namespaces (id)
) WITH (fillfactor = 90, autovacuum_enabled = true, toast.autovacuum_enabled = false);
ALTER TABLE public.projects ALTER COLUMN description SET STORAGE EXTERNAL;
ALTER TABLE public.projects ALTER COLUMN namespace_id SET STATISTICS 1000;
CREATE INDEX index_projects_on_lower_name ON public.projects USING btree (lower((name)::text));
CREATE INDEX index_projects_on_name_trigram ON public.projects USING gin (name gin_trgm_ops);
CREATE INDEX index_projects_on_namespace_id_and_id ON public.projects USING btree (namespace_id, id);
CREATE INDEX index_projects_on_last_activity_at_and_id ON public.projects USING btree (last_activity_at, id)
    WHERE ((archived = false) AND (pending_delete = false));
CREATE INDEX index_projects_api_created_at_id_desc ON public.projects USING btree (id DESC) INCLUDE (namespace_id)
    WITH (fillfactor = 80);
CREATE INDEX index_projects_on_search_vector ON public.projects USING gin (search_vector);
CREATE INDEX index_projects_on_topics ON public.projects USING gin (topics);
CREATE INDEX index_projects_not_aimed_for_deletion ON public.projects USING btree (id)
    WHERE (import_type IS NULL OR (import_type)::text <> ALL (ARRAY['github'::text, 'gitlab_project'::text]));
CREATE UNIQUE INDEX index_projects_on_namespace_id_and_lower_path ON public.projects
    USING btree (namespace_id, lower((path)::text));
ALTER TABLE public.projects ALTER COLUMN path SET NOT NULL;
CREATE UNIQUE INDEX index_projects_on_namespace_id_and_path ON public.projects USING btree (namespace_id, path);
ALTER TABLE public.projects REPLICA IDENTITY USING INDEX index_projects_on_namespace_id_and_path;

CREATE TABLE public.integrations (
    id bigint NOT NULL,
    project_id bigint,
    type_new text,
    category character varying DEFAULT 'common'::character varying NOT NULL,
    active boolean DEFAULT false NOT NULL,
    properties jsonb,
    encrypted_properties bytea,
    encrypted_properties_iv bytea,
    created_at timestamp without time zone,
    CONSTRAINT check_a54d76a2c0 CHECK ((char_length(type_new) <= 255))
);
CREATE SEQUENCE public.integrations_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.integrations_id_seq OWNED BY public.integrations.id;
ALTER TABLE ONLY public.integrations ALTER COLUMN id SET DEFAULT nextval('public.integrations_id_seq'::regclass);
ALTER TABLE ONLY public.integrations ADD CONSTRAINT integrations_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_integrations_on_project_id_and_type_new_unique ON public.integrations
    USING btree (project_id, type_new);
CREATE INDEX index_integrations_on_type_new_id_when_active ON public.integrations USING btree (type_new, id)
    WHERE active;
ALTER TABLE ONLY public.integrations ADD CONSTRAINT fk_rails_3c30f7f79e FOREIGN KEY (project_id)
    REFERENCES public.projects(id) ON DELETE CASCADE;
CREATE TRIGGER trigger_has_external_issue_tracker_on_delete AFTER DELETE ON public.integrations FOR EACH ROW
    WHEN ((((old.category)::text = 'issue_tracker'::text) AND (old.active = true) AND (old.project_id IS NOT NULL)))
    EXECUTE FUNCTION public.set_has_external_issue_tracker();
CREATE TRIGGER trigger_has_external_issue_tracker_on_insert AFTER INSERT ON public.integrations FOR EACH ROW
    WHEN ((((new.category)::text = 'issue_tracker'::text) AND (new.active = true) AND (new.project_id IS NOT NULL)))
    EXECUTE FUNCTION public.set_has_external_issue_tracker();
CREATE TRIGGER trigger_has_external_issue_tracker_on_update AFTER UPDATE OF category, active ON public.integrations
    FOR EACH ROW WHEN ((((new.category)::text = 'issue_tracker'::text) AND (old.active <> new.active)
    AND (new.project_id IS NOT NULL))) EXECUTE FUNCTION public.set_has_external_issue_tracker();

CREATE TABLE public.loose_foreign_keys_deleted_records (
    id bigint GENERATED ALWAYS AS IDENTITY (CYCLE),
    partition bigint DEFAULT 1 NOT NULL,
    primary_key_value bigint NOT NULL,
    status smallint DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    fully_qualified_table_name text NOT NULL,
    consume_after timestamp with time zone DEFAULT now(),
    cleanup_attempts smallint DEFAULT 0,
    CONSTRAINT check_1a541f3235 CHECK ((char_length(fully_qualified_table_name) <= 150)),
    PRIMARY KEY (partition, id)
) PARTITION BY LIST (partition);
CREATE TABLE gitlab_partitions_static.loose_foreign_keys_deleted_records_1
    PARTITION OF public.loose_foreign_keys_deleted_records FOR VALUES IN ('1');
CREATE TABLE gitlab_partitions_static.loose_foreign_keys_deleted_records_2
    PARTITION OF public.loose_foreign_keys_deleted_records FOR VALUES IN ('2', '3');
CREATE INDEX index_loose_foreign_keys_deleted_records_for_partitioned_query ON ONLY
    public.loose_foreign_keys_deleted_records USING btree (partition, fully_qualified_table_name, consume_after, id)
    WHERE (status = 1);
CREATE INDEX loose_foreign_keys_deleted_records_1_partition_fully_qualif_idx
    ON gitlab_partitions_static.loose_foreign_keys_deleted_records_1
    USING btree (partition, fully_qualified_table_name, consume_after, id) WHERE (status = 1);
ALTER INDEX public.index_loose_foreign_keys_deleted_records_for_partitioned_query
    ATTACH PARTITION gitlab_partitions_static.loose_foreign_keys_deleted_records_1_partition_fully_qualif_idx;

CREATE TRIGGER projects_loose_fk_trigger AFTER DELETE ON public.projects REFERENCING OLD TABLE AS old_table
    FOR EACH STATEMENT EXECUTE FUNCTION public.insert_into_loose_foreign_keys_deleted_records();
CREATE TRIGGER namespaces_loose_fk_trigger AFTER DELETE ON public.namespaces REFERENCING OLD TABLE AS old_table
    FOR EACH STATEMENT EXECUTE FUNCTION public.insert_into_loose_foreign_keys_deleted_records();

-- CI: builds partitioned by list of partition_id, one partition hash-partitioned further, ids from a sequence in
-- another schema.
CREATE SEQUENCE public.ci_builds_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
CREATE TABLE ci.p_ci_builds (
    status character varying,
    finished_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    started_at timestamp without time zone,
    coverage double precision,
    name character varying,
    options text,
    allow_failure boolean DEFAULT false NOT NULL,
    stage_idx integer,
    ref character varying,
    type character varying,
    target_url character varying,
    description character varying,
    project_id bigint,
    "when" character varying,
    yaml_variables text,
    queued_at timestamp without time zone,
    lock_version integer DEFAULT 0,
    scheduled_at timestamp with time zone,
    token_encrypted character varying,
    id bigint DEFAULT nextval('public.ci_builds_id_seq'::regclass) NOT NULL,
    partition_id bigint NOT NULL,
    auto_canceled_by_partition_id bigint DEFAULT 100,
    timeout interval second(0),
    CONSTRAINT check_1e2fbd1b39 CHECK ((lock_version IS NOT NULL)),
    CONSTRAINT p_ci_builds_pkey PRIMARY KEY (id, partition_id)
) PARTITION BY LIST (partition_id);
CREATE TABLE ci.ci_builds PARTITION OF ci.p_ci_builds FOR VALUES IN ('100', '101');
CREATE TABLE ci.ci_builds_102 PARTITION OF ci.p_ci_builds FOR VALUES IN ('102') PARTITION BY HASH (id);
CREATE TABLE ci.ci_builds_102_0 PARTITION OF ci.ci_builds_102 FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE ci.ci_builds_102_1 PARTITION OF ci.ci_builds_102 FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE ci.ci_builds_102_2 PARTITION OF ci.ci_builds_102 FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE ci.ci_builds_102_3 PARTITION OF ci.ci_builds_102 FOR VALUES WITH (MODULUS 4, REMAINDER 3);
CREATE TABLE ci.ci_builds_default PARTITION OF ci.p_ci_builds DEFAULT;
CREATE INDEX p_ci_builds_project_id_status_id_idx ON ci.p_ci_builds USING btree (project_id, status, id)
    WHERE ((type)::text = 'Ci::Build'::text);
CREATE INDEX p_ci_builds_scheduled_at_idx ON ci.p_ci_builds USING btree (scheduled_at)
    WHERE ((scheduled_at IS NOT NULL) AND ((type)::text = 'Ci::Build'::text) AND ((status)::text = 'scheduled'::text));
CREATE INDEX p_ci_builds_token_encrypted_partition_id_idx ON ci.p_ci_builds
    USING btree (token_encrypted, partition_id) WHERE (token_encrypted IS NOT NULL);
CREATE INDEX p_ci_builds_name_trgm ON ci.ci_builds USING gin (name gin_trgm_ops);
CREATE TRIGGER assign_p_ci_builds_partition BEFORE INSERT ON ci.ci_builds_default
    FOR EACH ROW EXECUTE FUNCTION ci.assign_build_partition();
ALTER TABLE ci.p_ci_builds ADD CONSTRAINT fk_ci_builds_project FOREIGN KEY (project_id)
    REFERENCES public.projects (id) ON DELETE CASCADE;

-- Deploy freezes must not overlap for one project: an exclusion constraint over a range built from two columns.
CREATE TABLE ci.ci_freeze_periods (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES public.projects (id) ON DELETE CASCADE,
    freeze_start timestamp with time zone NOT NULL,
    freeze_end timestamp with time zone NOT NULL,
    cron_timezone character varying(255) DEFAULT 'UTC' NOT NULL,
    CONSTRAINT ci_freeze_periods_no_overlap EXCLUDE USING gist
        (project_id WITH =, tstzrange(freeze_start, freeze_end, '[)'::text) WITH &&) DEFERRABLE INITIALLY IMMEDIATE,
    CONSTRAINT check_freeze_order CHECK (freeze_start < freeze_end)
);

CREATE TABLE ci.ci_runners (
    id bigint NOT NULL PRIMARY KEY,
    token character varying,
    runner_type smallint NOT NULL,
    contacted_at timestamp without time zone,
    "online" boolean GENERATED ALWAYS AS (contacted_at IS NOT NULL) STORED,
    tag_list character varying[] DEFAULT '{}'::character varying[],
    maximum_timeout integer CHECK (maximum_timeout IS NULL OR maximum_timeout >= 600),
    "access_level" integer DEFAULT 0 NOT NULL,
    sharding_key_id bigint,
    CONSTRAINT check_sharding_key_id_nullness CHECK (((runner_type = 1) AND (sharding_key_id IS NULL))
        OR ((runner_type <> 1) AND (sharding_key_id IS NOT NULL))) NOT VALID
);
CREATE INDEX index_ci_runners_on_contacted_at_desc_and_id_desc ON ci.ci_runners
    USING btree (contacted_at DESC, id DESC);
CREATE INDEX index_ci_runners_on_token_lower ON ci.ci_runners USING btree (lower((token)::text));
CREATE INDEX index_ci_runners_on_tag_list ON ci.ci_runners USING gin (tag_list);
CREATE INDEX index_ci_runners_on_contacted_at_nulls_first ON ci.ci_runners USING btree (contacted_at NULLS FIRST)
    WHERE (runner_type = ANY (ARRAY[2, 3]));

CREATE VIEW ci.ci_active_runners AS
    SELECT r.id, r.runner_type, r.contacted_at, coalesce(array_length(r.tag_list, 1), 0) AS tag_count
    FROM ci.ci_runners r
    WHERE r.contacted_at > (now() - '01:00:00'::interval);

GRANT USAGE ON SCHEMA ci TO corpus_gitlab;
GRANT SELECT, INSERT, UPDATE ON ci.p_ci_builds TO corpus_gitlab;
GRANT SELECT ON ALL TABLES IN SCHEMA ci TO corpus_gitlab;
GRANT USAGE ON SEQUENCE public.ci_builds_id_seq TO corpus_gitlab;
COMMENT ON TABLE ci.p_ci_builds IS 'Partitioned by partition_id; see doc/development/cicd/ci_partitioning.md';
COMMENT ON COLUMN public.projects.search_vector IS 'Generated; weights: name A, description B';
ALTER TABLE public.routes ALTER COLUMN source_type SET (n_distinct = 3);
ALTER INDEX public.index_namespaces_on_lower_path ALTER COLUMN 1 SET STATISTICS 500;
