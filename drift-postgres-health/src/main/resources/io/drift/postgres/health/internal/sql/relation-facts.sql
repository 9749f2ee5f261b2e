-- Facts about the relations a check built on pg-index-health reports, named as regclass::text renders them with an
-- empty search path. to_regclass, not ::regclass: a relation dropped since the check read it is left out instead of
-- failing the query.
WITH {{inspected}}
SELECT n.name,
       c.relkind::text AS relkind,
       c.oid IN (SELECT objid FROM extension_relations) AS extension_member
FROM pg_catalog.unnest(?::text[]) AS n(name)
JOIN pg_catalog.pg_class c ON c.oid = pg_catalog.to_regclass(n.name)
