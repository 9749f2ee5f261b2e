-- Foreign-data wrappers and foreign servers, as pg.foreign-data-wrapper and pg.foreign-server vendor objects. They
-- belong to the database: every one that is not an extension's is captured (postgres_fdw's wrapper is the
-- extension's; a server made for it is the user's). Options are sorted name=value items, but the value of an option
-- whose name says it holds a credential (password, secret, token, …) is never read into a snapshot: it reads
-- "(redacted)". User mappings hold credentials in their options, which are never read: a server only lists the roles
-- it has a mapping for (PUBLIC for FOR PUBLIC), from pg_user_mappings, which every role can read.
SELECT 'pg.foreign-data-wrapper'                    AS kind,
       NULL::text                                   AS schema,
       NULL::text                                   AS parent,
       w.fdwname                                    AS name,
       pg_get_userbyid(w.fdwowner)                  AS owner,
       coalesce(w.fdwacl, acldefault('F', w.fdwowner))::text[] AS acl,
       'FOREIGN'                                    AS acl_kind,
       NULL::text[]                                 AS initial_acl,
       ARRAY['handler=' || nullif(w.fdwhandler, 0)::regproc::text,
             'validator=' || nullif(w.fdwvalidator, 0)::regproc::text,
             'options=' || (SELECT string_agg(o.option_name || '=' || CASE
                                WHEN o.option_name ~* '(pass|secret|token|credential|key)' THEN '(redacted)'
                                ELSE o.option_value END, ', ' ORDER BY o.option_name COLLATE "C")
                            FROM pg_options_to_table(w.fdwoptions) o),
             'comment=' || obj_description(w.oid, 'pg_foreign_data_wrapper')] AS attributes
FROM pg_foreign_data_wrapper w
WHERE NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_foreign_data_wrapper'::regclass AND e.objid = w.oid AND e.deptype = 'e')
UNION ALL
SELECT 'pg.foreign-server',
       NULL::text,
       NULL::text,
       s.srvname,
       pg_get_userbyid(s.srvowner),
       coalesce(s.srvacl, acldefault('S', s.srvowner))::text[],
       'FOREIGN',
       NULL::text[],
       ARRAY['wrapper=' || quote_ident(w.fdwname),
             'type=' || s.srvtype,
             'version=' || s.srvversion,
             'options=' || (SELECT string_agg(o.option_name || '=' || CASE
                                WHEN o.option_name ~* '(pass|secret|token|credential|key)' THEN '(redacted)'
                                ELSE o.option_value END, ', ' ORDER BY o.option_name COLLATE "C")
                            FROM pg_options_to_table(s.srvoptions) o),
             'user_mappings=' || nullif(array_to_string(ARRAY(
                 SELECT r FROM (SELECT CASE WHEN um.umuser = 0 THEN 'PUBLIC' ELSE quote_ident(um.usename::text) END
                                FROM pg_user_mappings um WHERE um.srvid = s.oid) m(r)
                 ORDER BY r COLLATE "C"), ', '), ''),
             'comment=' || obj_description(s.oid, 'pg_foreign_server')]
FROM pg_foreign_server s
JOIN pg_foreign_data_wrapper w ON w.oid = s.srvfdw
WHERE NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_foreign_server'::regclass AND e.objid = s.oid AND e.deptype = 'e')
ORDER BY 1, 4
