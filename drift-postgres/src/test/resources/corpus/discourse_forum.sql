-- A Discourse-style forum: citext and hstore, a case-insensitive ICU collation (nondeterministic), reserved words and
-- mixed-case names that must be quoted, arrays of enums, tsvector search with GIN, a recursive view, views WITH LOCAL
-- and CASCADED CHECK OPTION, a security_barrier view, an updatable view with INSTEAD OF triggers, materialized views
-- with unique and partial indexes, RLS policies (permissive and restrictive, subqueries, current_setting), comments
-- with quotes and non-ASCII text. Only what PostgreSQL 12 to 18 all accept.
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'corpus_forum_web') THEN CREATE ROLE corpus_forum_web; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'corpus_forum_mod') THEN CREATE ROLE corpus_forum_mod; END IF;
END $$;

CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS hstore;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";

CREATE COLLATION public.case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION public."Natural sort" (provider = icu, locale = 'en-u-kn-true');

CREATE TYPE public.notification_level AS ENUM ('muted', 'regular', 'tracking', 'watching', 'watching_first_post');
CREATE TYPE public."TrustLevel" AS ENUM ('newuser', 'basic', 'member', 'regular', 'leader');

CREATE TABLE public.users (
    id serial PRIMARY KEY,
    username character varying(60) NOT NULL,
    username_lower character varying(60) NOT NULL COLLATE "C",
    name character varying COLLATE public.case_insensitive,
    email public.citext NOT NULL,
    "trustLevel" public."TrustLevel" DEFAULT 'newuser' NOT NULL,
    admin boolean DEFAULT false NOT NULL,
    moderator boolean DEFAULT false,
    locale character varying(10),
    custom_fields public.hstore DEFAULT ''::public.hstore NOT NULL,
    default_levels public.notification_level[] DEFAULT '{regular,tracking}'::public.notification_level[] NOT NULL,
    ip_address inet,
    last_seen_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    uploaded_avatar_id integer,
    primary_group_id integer,
    "user" text DEFAULT CURRENT_USER NOT NULL,
    CONSTRAINT users_username_lower_check CHECK (username_lower::text = lower(username::text))
);
CREATE UNIQUE INDEX index_users_on_username_lower ON public.users USING btree (username_lower);
CREATE UNIQUE INDEX index_users_on_email ON public.users USING btree (email);
CREATE INDEX idx_users_admin ON public.users USING btree (id) WHERE admin;
CREATE INDEX idx_users_moderator ON public.users USING btree (id) WHERE moderator;
CREATE INDEX index_users_on_last_seen_at ON public.users USING btree (last_seen_at DESC NULLS LAST);
CREATE INDEX index_users_on_name_ci ON public.users USING btree (name COLLATE public.case_insensitive);
CREATE INDEX index_users_on_custom_fields ON public.users USING gist (custom_fields);

CREATE TABLE public."group" (
    id serial PRIMARY KEY,
    name character varying NOT NULL COLLATE public."Natural sort",
    "Visibility" integer DEFAULT 0 NOT NULL,
    "order" integer,
    automatic boolean DEFAULT false NOT NULL,
    flair_url character varying,
    "select" text
);
CREATE UNIQUE INDEX "index_group_on_lower(name)" ON public."group" USING btree (lower((name)::text COLLATE "C"));
CREATE TABLE public.group_users (
    id serial PRIMARY KEY,
    group_id integer NOT NULL REFERENCES public."group" (id) ON DELETE CASCADE,
    user_id integer NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
    owner boolean DEFAULT false NOT NULL,
    notification_level public.notification_level DEFAULT 'watching' NOT NULL,
    UNIQUE (group_id, user_id)
);
ALTER TABLE public.users ADD CONSTRAINT users_primary_group_fk FOREIGN KEY (primary_group_id)
    REFERENCES public."group" (id) ON DELETE SET NULL DEFERRABLE;

CREATE TABLE public.categories (
    id serial PRIMARY KEY,
    name character varying(50) NOT NULL,
    slug character varying NOT NULL,
    parent_category_id integer REFERENCES public.categories (id),
    color character varying(6) DEFAULT '0088CC' NOT NULL,
    read_restricted boolean DEFAULT false NOT NULL,
    "position" integer,
    topic_count integer DEFAULT 0 NOT NULL,
    search_priority integer DEFAULT 0,
    CONSTRAINT categories_color_hex CHECK ((color)::text ~ '^[0-9A-Fa-f]{6}$'),
    CONSTRAINT "Categories cannot parent themselves" CHECK (parent_category_id <> id)
);
CREATE UNIQUE INDEX unique_index_categories_on_name ON public.categories
    USING btree (COALESCE(parent_category_id, '-1'::integer), name);
CREATE UNIQUE INDEX index_categories_on_slug ON public.categories USING btree (COALESCE(parent_category_id, -1),
    lower((slug)::text)) WHERE ((slug)::text <> ''::text);

CREATE TABLE public.topics (
    id serial PRIMARY KEY,
    title character varying NOT NULL,
    last_posted_at timestamp without time zone,
    views integer DEFAULT 0 NOT NULL,
    posts_count integer DEFAULT 0 NOT NULL,
    user_id integer REFERENCES public.users (id),
    category_id integer REFERENCES public.categories (id),
    visible boolean DEFAULT true NOT NULL,
    archetype character varying DEFAULT 'regular'::character varying NOT NULL,
    deleted_at timestamp without time zone,
    bumped_at timestamp without time zone NOT NULL,
    pinned_globally boolean DEFAULT false NOT NULL,
    pinned_until timestamp without time zone,
    fancy_title character varying(400),
    slug character varying,
    word_count integer,
    excerpt character varying(1000),
    CONSTRAINT has_category_id CHECK (category_id IS NOT NULL) NOT VALID,
    CONSTRAINT pm_has_no_category CHECK ((category_id IS NULL) OR ((archetype)::text <> 'private_message'::text))
);
CREATE INDEX idx_topics_front_page ON public.topics USING btree (deleted_at, visible, archetype, category_id, id);
CREATE INDEX idx_topics_user_id_deleted_at ON public.topics USING btree (user_id) WHERE (deleted_at IS NULL);
CREATE INDEX index_topics_on_bumped_at_public ON public.topics USING btree (bumped_at)
    WHERE ((deleted_at IS NULL) AND ((archetype)::text <> 'private_message'::text));
CREATE INDEX index_topics_on_pinned_globally ON public.topics USING btree (pinned_globally)
    WHERE pinned_globally;
CREATE INDEX index_topics_on_lower_title ON public.topics USING btree (lower((title)::text));
CREATE INDEX index_topics_on_updated_at_public ON public.topics USING btree (bumped_at, id)
    WHERE (((archetype)::text <> 'private_message'::text) AND (deleted_at IS NULL) AND visible);

CREATE TABLE public.posts (
    id serial PRIMARY KEY,
    user_id integer REFERENCES public.users (id),
    topic_id integer NOT NULL REFERENCES public.topics (id),
    post_number integer NOT NULL,
    raw text NOT NULL,
    cooked text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    reply_to_post_number integer,
    reply_count integer DEFAULT 0 NOT NULL,
    deleted_at timestamp without time zone,
    like_count integer DEFAULT 0 NOT NULL,
    sort_order integer,
    hidden boolean DEFAULT false NOT NULL,
    post_type integer DEFAULT 1 NOT NULL,
    baked_version integer,
    image_upload_id bigint,
    outbound_message_id character varying,
    search_data tsvector,
    "locale" character varying(20)
);
CREATE UNIQUE INDEX index_posts_on_topic_id_and_post_number ON public.posts USING btree (topic_id, post_number);
CREATE INDEX idx_posts_user_id_deleted_at ON public.posts USING btree (user_id) WHERE (deleted_at IS NULL);
CREATE INDEX index_posts_on_topic_id_and_sort_order ON public.posts USING btree (topic_id, sort_order);
CREATE INDEX idx_posts_created_at_topic_id ON public.posts USING btree (created_at, topic_id)
    WHERE (deleted_at IS NULL);
CREATE INDEX index_posts_on_search_data ON public.posts USING gin (search_data);
CREATE INDEX index_posts_user_and_likes ON public.posts USING btree (user_id, like_count DESC, created_at DESC)
    WHERE (post_number > 1);
CREATE INDEX index_posts_on_image_upload_id ON public.posts USING btree (image_upload_id)
    WHERE (image_upload_id IS NOT NULL);

-- Private messages and staff categories are hidden by row-level security.
ALTER TABLE public.topics ENABLE ROW LEVEL SECURITY;
CREATE POLICY topics_visible ON public.topics AS PERMISSIVE FOR SELECT TO corpus_forum_web
    USING (visible AND deleted_at IS NULL AND (archetype::text <> 'private_message' OR user_id =
        NULLIF(current_setting('discourse.user_id', true), '')::integer));
CREATE POLICY topics_group_restricted ON public.topics AS RESTRICTIVE FOR SELECT TO corpus_forum_web
    USING (category_id IS NULL OR NOT EXISTS (SELECT 1 FROM public.categories c
        WHERE c.id = topics.category_id AND c.read_restricted)
        OR EXISTS (SELECT 1 FROM public.group_users gu
            WHERE gu.user_id = NULLIF(current_setting('discourse.user_id', true), '')::integer));
CREATE POLICY topics_staff ON public.topics TO corpus_forum_mod USING (true) WITH CHECK (deleted_at IS NULL);
CREATE POLICY topics_own_update ON public.topics FOR UPDATE TO corpus_forum_web, corpus_forum_mod
    USING (user_id = NULLIF(current_setting('discourse.user_id', true), '')::integer)
    WITH CHECK (user_id = NULLIF(current_setting('discourse.user_id', true), '')::integer
        AND title::text !~~* '%spam%');
ALTER TABLE public.posts ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.posts FORCE ROW LEVEL SECURITY;
CREATE POLICY posts_not_hidden ON public.posts FOR SELECT USING (NOT hidden OR user_id = ANY (ARRAY[
    NULLIF(current_setting('discourse.user_id', true), '')::integer, -1]));
CREATE POLICY posts_insert ON public.posts FOR INSERT TO PUBLIC WITH CHECK (post_number > 0 AND char_length(raw) <= 32000);

-- The category tree, recursive.
CREATE RECURSIVE VIEW public.category_tree (id, parent_category_id, depth, path) AS
    SELECT id, parent_category_id, 1, ARRAY[id] FROM public.categories WHERE parent_category_id IS NULL
    UNION ALL
    SELECT c.id, c.parent_category_id, t.depth + 1, t.path || c.id
    FROM public.categories c JOIN category_tree t ON c.parent_category_id = t.id;

-- Updatable views with check options, and one with INSTEAD OF triggers.
CREATE VIEW public.visible_topics AS
    SELECT id, title, category_id, user_id, visible, deleted_at, archetype, bumped_at FROM public.topics
    WHERE visible AND deleted_at IS NULL
    WITH LOCAL CHECK OPTION;
CREATE VIEW public.public_topics AS
    SELECT * FROM public.visible_topics WHERE archetype::text = 'regular'
    WITH CASCADED CHECK OPTION;
CREATE VIEW public.staff_users WITH (security_barrier = true, check_option = local) AS
    SELECT id, username, email, admin, moderator FROM public.users WHERE admin OR moderator;
CREATE VIEW public."Post Summary" AS
    SELECT p.id, p.topic_id, p.post_number, left(p.raw, 200) AS "Excerpt", u.username AS "Author",
           p.like_count * 2 + p.reply_count AS score,
           rank() OVER (PARTITION BY p.topic_id ORDER BY p.like_count DESC, p.id) AS "rank"
    FROM public.posts p LEFT JOIN public.users u ON u.id = p.user_id
    WHERE p.deleted_at IS NULL;

CREATE FUNCTION public.post_summary_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE public.posts SET deleted_at = now() WHERE id = OLD.id;
        RETURN OLD;
    END IF;
    UPDATE public.posts SET raw = NEW."Excerpt" WHERE id = NEW.id;
    RETURN NEW;
END
$$;
CREATE TRIGGER post_summary_update INSTEAD OF UPDATE ON public."Post Summary"
    FOR EACH ROW EXECUTE FUNCTION public.post_summary_update();
CREATE TRIGGER post_summary_delete INSTEAD OF DELETE ON public."Post Summary"
    FOR EACH ROW EXECUTE FUNCTION public.post_summary_update();

CREATE FUNCTION public.posts_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_data := to_tsvector('simple', coalesce(NEW.raw, ''));
    RETURN NEW;
END
$$;
CREATE TRIGGER posts_search_update BEFORE INSERT OR UPDATE OF raw ON public.posts
    FOR EACH ROW WHEN (pg_trigger_depth() < 1) EXECUTE FUNCTION public.posts_search_update();

-- Materialized views the site refreshes in a job, with their indexes.
CREATE MATERIALIZED VIEW public.directory_items AS
    SELECT u.id AS user_id, count(DISTINCT t.id) AS topic_count, count(p.id) AS post_count,
           coalesce(sum(p.like_count), 0) AS likes_received, max(p.created_at) AS last_post_at
    FROM public.users u
    LEFT JOIN public.posts p ON p.user_id = u.id AND p.deleted_at IS NULL
    LEFT JOIN public.topics t ON t.user_id = u.id AND t.deleted_at IS NULL
    GROUP BY u.id
WITH NO DATA;
CREATE UNIQUE INDEX index_directory_items_on_user_id ON public.directory_items USING btree (user_id);
CREATE INDEX index_directory_items_active ON public.directory_items USING btree (likes_received DESC)
    WHERE (post_count > 0);
CREATE MATERIALIZED VIEW public.top_topics AS
    SELECT t.id AS topic_id, t.category_id,
           (log(GREATEST(t.views, 1)) * 2.0 + t.posts_count)::numeric(10, 3) AS score
    FROM public.topics t WHERE t.deleted_at IS NULL AND t.visible
WITH NO DATA;
CREATE INDEX index_top_topics_on_score ON public.top_topics USING btree (score DESC, topic_id);

CREATE TABLE public.user_options (
    user_id integer PRIMARY KEY REFERENCES public.users (id) ON DELETE CASCADE,
    email_level integer DEFAULT 1 NOT NULL,
    mailing_list_mode boolean DEFAULT false NOT NULL,
    theme_ids integer[] DEFAULT '{}'::integer[] NOT NULL,
    homepage_id integer,
    timezone character varying,
    text_size_key integer DEFAULT 0 NOT NULL,
    "Watched Levels" public.notification_level[],
    preferences jsonb DEFAULT '{"digest": {"every": "1 week", "after": 7200}, "theme": null}'::jsonb
);

GRANT SELECT ON public.topics, public.posts, public.categories, public.visible_topics TO corpus_forum_web;
GRANT SELECT, UPDATE (title, category_id) ON public.topics TO corpus_forum_mod;
GRANT SELECT ON public.directory_items TO corpus_forum_web;

COMMENT ON TABLE public.posts IS 'A post''s "raw" is Markdown; "cooked" is the rendered HTML — never edit it by hand';
COMMENT ON COLUMN public.users.username_lower IS 'lower(username), kept by the application: ü ≠ u, ß → ss';
COMMENT ON TABLE public."group" IS 'Named "group" in the app, a reserved word here';
COMMENT ON COLUMN public."group"."Visibility" IS '0 public, 1 logged-on users, 2 members, 3 staff, 4 owners';
COMMENT ON VIEW public."Post Summary" IS 'Résumé des messages — 投稿の要約';
COMMENT ON MATERIALIZED VIEW public.directory_items IS 'Refreshed by Jobs::DirectoryRefreshDaily';
COMMENT ON TYPE public.notification_level IS 'Muted < regular < tracking < watching';
COMMENT ON POLICY topics_visible ON public.topics IS 'Private messages: only their author';
COMMENT ON TRIGGER posts_search_update ON public.posts IS 'search_data follows raw';
COMMENT ON CONSTRAINT pm_has_no_category ON public.topics IS 'PMs live outside categories';
COMMENT ON INDEX public.index_posts_on_search_data IS 'Full-text search';
