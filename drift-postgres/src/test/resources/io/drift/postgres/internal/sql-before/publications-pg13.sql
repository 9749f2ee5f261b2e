-- Publications (logical replication), as pg.publication vendor objects. They belong to the database: every one is
-- captured. Tables are sorted qualified names. From 13: publish_via_partition_root (reported when on).
SELECT NULL::text                                   AS schema,
       NULL::text                                   AS parent,
       p.pubname                                    AS name,
       ARRAY['all_tables=' || CASE WHEN p.puballtables THEN 'true' END,
             'publish=' || array_to_string(array_remove(ARRAY[
                 CASE WHEN p.pubinsert THEN 'insert' END, CASE WHEN p.pubupdate THEN 'update' END,
                 CASE WHEN p.pubdelete THEN 'delete' END, CASE WHEN p.pubtruncate THEN 'truncate' END], NULL), ', '),
             'tables=' || nullif(array_to_string(ARRAY(
                 SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname)
                 FROM pg_publication_rel pr
                 JOIN pg_class c ON c.oid = pr.prrelid
                 JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE pr.prpubid = p.oid ORDER BY 1), ', '), ''),
             'via_root=' || CASE WHEN p.pubviaroot THEN 'true' END,
             'comment=' || obj_description(p.oid, 'pg_publication')] AS attributes
FROM pg_publication p
ORDER BY p.pubname
