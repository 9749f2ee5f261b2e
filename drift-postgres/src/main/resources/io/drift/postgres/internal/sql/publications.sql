-- Publications (logical replication), as pg.publication vendor objects. They belong to the database: every one is
-- captured. Tables are sorted qualified names. From 13: publish_via_partition_root (reported when on); from 15: a
-- table's column list and row filter follow its name, and whole schemas (FOR TABLES IN SCHEMA); from 18:
-- publish_generated_columns.
SELECT NULL::text                                   AS schema,
       NULL::text                                   AS parent,
       p.pubname                                    AS name,
       ARRAY['all_tables=' || CASE WHEN p.puballtables THEN 'true' END,
             'publish=' || array_to_string(array_remove(ARRAY[
                 CASE WHEN p.pubinsert THEN 'insert' END, CASE WHEN p.pubupdate THEN 'update' END,
                 CASE WHEN p.pubdelete THEN 'delete' END, CASE WHEN p.pubtruncate THEN 'truncate' END], NULL), ', '),
             'tables=' || nullif(array_to_string(ARRAY(
                 SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname)
--#if pg >= 15
                        || coalesce(' (' || (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum)
                                             FROM pg_attribute a
                                             WHERE a.attrelid = pr.prrelid AND a.attnum = ANY (pr.prattrs::int2[])) || ')', '')
                        || coalesce(' WHERE (' || pg_get_expr(pr.prqual, pr.prrelid, true) || ')', '')
--#endif
                 FROM pg_publication_rel pr
                 JOIN pg_class c ON c.oid = pr.prrelid
                 JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE pr.prpubid = p.oid ORDER BY 1), ', '), ''),
--#if pg >= 15
             'schemas=' || nullif(array_to_string(ARRAY(
                 SELECT quote_ident(n.nspname) FROM pg_publication_namespace pn
                 JOIN pg_namespace n ON n.oid = pn.pnnspid WHERE pn.pnpubid = p.oid ORDER BY 1), ', '), ''),
--#endif
--#if pg >= 13
             'via_root=' || CASE WHEN p.pubviaroot THEN 'true' END,
--#endif
--#if pg >= 18
             'generated_columns=' || CASE WHEN p.pubgencols <> 'n' THEN 'stored' END,
--#endif
             'comment=' || obj_description(p.oid, 'pg_publication')] AS attributes
FROM pg_publication p
ORDER BY p.pubname
