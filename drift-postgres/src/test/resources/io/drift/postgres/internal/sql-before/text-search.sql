-- Text search configurations and dictionaries, as pg.text-search-configuration and pg.text-search-dictionary vendor
-- objects. A configuration has its parser and, per token type, the dictionaries in the order they are tried
-- (mapping.<token type> = app.english_nostop, simple); a dictionary its template and its options as the server
-- stores them. Names outside pg_catalog are schema-qualified. Parsers and templates need C functions and come from
-- extensions in practice: they are not captured. Extension-owned objects are the extension's.
SELECT 'pg.text-search-configuration'              AS kind,
       n.nspname                                    AS schema,
       NULL::text                                   AS parent,
       c.cfgname                                    AS name,
       pg_get_userbyid(c.cfgowner)                  AS owner,
       NULL::text[]                                 AS acl,
       NULL::text                                   AS acl_kind,
       NULL::text[]                                 AS initial_acl,
       ARRAY['parser=' || CASE WHEN pn.nspname = 'pg_catalog' THEN quote_ident(p.prsname)
                               ELSE quote_ident(pn.nspname) || '.' || quote_ident(p.prsname) END,
             'comment=' || obj_description(c.oid, 'pg_ts_config')]
       || ARRAY(SELECT 'mapping.' || t.alias || '=' || string_agg(
                           CASE WHEN dn.nspname = 'pg_catalog' THEN quote_ident(d.dictname)
                                ELSE quote_ident(dn.nspname) || '.' || quote_ident(d.dictname) END,
                           ', ' ORDER BY m.mapseqno)
                FROM pg_ts_config_map m
                JOIN ts_token_type(c.cfgparser) t ON t.tokid = m.maptokentype
                JOIN pg_ts_dict d ON d.oid = m.mapdict
                JOIN pg_namespace dn ON dn.oid = d.dictnamespace
                WHERE m.mapcfg = c.oid
                GROUP BY t.alias
                ORDER BY t.alias COLLATE "C") AS attributes
FROM pg_ts_config c
JOIN pg_namespace n ON n.oid = c.cfgnamespace
JOIN pg_ts_parser p ON p.oid = c.cfgparser
JOIN pg_namespace pn ON pn.oid = p.prsnamespace
WHERE c.cfgnamespace = ANY (CAST(:schemas AS oid[]))
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_ts_config'::regclass AND e.objid = c.oid AND e.deptype = 'e')
UNION ALL
SELECT 'pg.text-search-dictionary',
       n.nspname,
       NULL::text,
       d.dictname,
       pg_get_userbyid(d.dictowner),
       NULL::text[],
       NULL::text,
       NULL::text[],
       ARRAY['template=' || CASE WHEN tn.nspname = 'pg_catalog' THEN quote_ident(t.tmplname)
                                 ELSE quote_ident(tn.nspname) || '.' || quote_ident(t.tmplname) END,
             'options=' || d.dictinitoption,
             'comment=' || obj_description(d.oid, 'pg_ts_dict')]
FROM pg_ts_dict d
JOIN pg_namespace n ON n.oid = d.dictnamespace
JOIN pg_ts_template t ON t.oid = d.dicttemplate
JOIN pg_namespace tn ON tn.oid = t.tmplnamespace
WHERE d.dictnamespace = ANY (CAST(:schemas AS oid[]))
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_ts_dict'::regclass AND e.objid = d.oid AND e.deptype = 'e')
ORDER BY 1, 2, 4
