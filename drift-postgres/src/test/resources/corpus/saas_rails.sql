-- A Rails-style multi-tenant SaaS application, as `rails db:migrate` leaves it: bigserial ids, timestamp(6)
-- without time zone, character varying, partial and expression indexes, jsonb with GIN, FKs with ON DELETE CASCADE.
CREATE TABLE public.schema_migrations (version character varying NOT NULL PRIMARY KEY);
CREATE TABLE public.ar_internal_metadata (
    key character varying NOT NULL PRIMARY KEY,
    value character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.accounts (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL,
    subdomain character varying NOT NULL,
    plan character varying DEFAULT 'free'::character varying NOT NULL,
    settings jsonb DEFAULT '{}'::jsonb NOT NULL,
    seats integer DEFAULT 1 NOT NULL,
    trial_ends_at timestamp(6) without time zone,
    discarded_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_accounts_on_lower_subdomain ON public.accounts USING btree (lower((subdomain)::text));
CREATE INDEX index_accounts_on_discarded_at ON public.accounts USING btree (discarded_at);
CREATE INDEX index_accounts_on_settings ON public.accounts USING gin (settings);

CREATE TABLE public.users (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL,
    email character varying DEFAULT ''::character varying NOT NULL,
    encrypted_password character varying DEFAULT ''::character varying NOT NULL,
    reset_password_token character varying,
    reset_password_sent_at timestamp(6) without time zone,
    sign_in_count integer DEFAULT 0 NOT NULL,
    role character varying DEFAULT 'member'::character varying NOT NULL,
    first_name character varying(100),
    last_name character varying(100),
    time_zone character varying DEFAULT 'UTC'::character varying,
    confirmed_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT fk_rails_61ac11da2b FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX index_users_on_email ON public.users USING btree (email);
CREATE UNIQUE INDEX index_users_on_reset_password_token ON public.users USING btree (reset_password_token);
CREATE INDEX index_users_on_account_id ON public.users USING btree (account_id);
CREATE INDEX index_users_on_unconfirmed ON public.users USING btree (created_at) WHERE (confirmed_at IS NULL);

CREATE TABLE public.projects (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES public.accounts(id) ON DELETE CASCADE,
    owner_id bigint REFERENCES public.users(id) ON DELETE SET NULL,
    name character varying NOT NULL,
    slug character varying NOT NULL,
    description text,
    status integer DEFAULT 0 NOT NULL,
    position integer,
    archived boolean DEFAULT false NOT NULL,
    budget_cents bigint DEFAULT 0 NOT NULL,
    budget_currency character varying DEFAULT 'USD'::character varying NOT NULL,
    metadata jsonb,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_projects_on_account_id_and_slug ON public.projects USING btree (account_id, slug);
CREATE INDEX index_projects_on_owner_id ON public.projects USING btree (owner_id);
CREATE INDEX index_projects_active ON public.projects USING btree (account_id, position) WHERE (NOT archived);
CREATE INDEX index_projects_on_metadata ON public.projects USING gin (metadata jsonb_path_ops);

CREATE TABLE public.tasks (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES public.projects(id) ON DELETE CASCADE,
    assignee_id bigint REFERENCES public.users(id),
    parent_id bigint REFERENCES public.tasks(id),
    title character varying(255) NOT NULL,
    body text,
    priority smallint DEFAULT 2 NOT NULL,
    due_on date,
    completed_at timestamp(6) without time zone,
    tags character varying[] DEFAULT '{}'::character varying[] NOT NULL,
    lock_version integer DEFAULT 0 NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE INDEX index_tasks_on_project_id ON public.tasks USING btree (project_id);
CREATE INDEX index_tasks_on_assignee_id_open ON public.tasks USING btree (assignee_id, due_on)
    WHERE (completed_at IS NULL);
CREATE INDEX index_tasks_on_tags ON public.tasks USING gin (tags);
CREATE INDEX index_tasks_on_lower_title ON public.tasks USING btree (lower((title)::text) varchar_pattern_ops);

CREATE TABLE public.comments (
    id bigserial PRIMARY KEY,
    commentable_type character varying NOT NULL,
    commentable_id bigint NOT NULL,
    author_id bigint NOT NULL REFERENCES public.users(id) ON DELETE CASCADE,
    body text NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE INDEX index_comments_on_commentable ON public.comments USING btree (commentable_type, commentable_id);

CREATE TABLE public.active_storage_blobs (
    id bigserial PRIMARY KEY,
    key character varying NOT NULL,
    filename character varying NOT NULL,
    content_type character varying,
    metadata text,
    service_name character varying NOT NULL,
    byte_size bigint NOT NULL,
    checksum character varying,
    created_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_active_storage_blobs_on_key ON public.active_storage_blobs USING btree (key);

CREATE TABLE public.active_storage_attachments (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL,
    record_type character varying NOT NULL,
    record_id bigint NOT NULL,
    blob_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT fk_rails_c3b3935057 FOREIGN KEY (blob_id) REFERENCES public.active_storage_blobs(id)
);
CREATE UNIQUE INDEX index_active_storage_attachments_uniqueness
    ON public.active_storage_attachments USING btree (record_type, record_id, name, blob_id);

CREATE TABLE public.audit_events (
    id bigserial PRIMARY KEY,
    account_id bigint,
    action character varying NOT NULL,
    changes jsonb DEFAULT '{}'::jsonb,
    remote_ip inet,
    created_at timestamp(6) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);
CREATE INDEX index_audit_events_on_account_id_and_created_at
    ON public.audit_events USING btree (account_id, created_at DESC);
CREATE INDEX index_audit_events_on_changes ON public.audit_events USING gin (changes);
