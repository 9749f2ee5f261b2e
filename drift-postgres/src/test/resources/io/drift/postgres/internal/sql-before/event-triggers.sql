-- Event triggers, as pg.event-trigger vendor objects. They belong to the database, not to a schema: one is captured
-- when its function is in a captured schema. Tags are sorted; enabled is reported only when not the default.
-- Extension-owned event triggers are the extension's.
SELECT NULL::text                                   AS schema,
       NULL::text                                   AS parent,
       e.evtname                                    AS name,
       ARRAY['event=' || e.evtevent,
             'tags=' || nullif(array_to_string(ARRAY(SELECT t FROM unnest(e.evttags) t ORDER BY t), ', '), ''),
             'function=' || e.evtfoid::regprocedure::text,
             'enabled=' || CASE e.evtenabled WHEN 'D' THEN 'disabled' WHEN 'R' THEN 'replica'
                                             WHEN 'A' THEN 'always' END,
             'comment=' || obj_description(e.oid, 'pg_event_trigger')] AS attributes
FROM pg_event_trigger e
JOIN pg_proc p ON p.oid = e.evtfoid
WHERE p.pronamespace = ANY (CAST(:schemas AS oid[]))
  AND NOT EXISTS (SELECT FROM pg_depend x
                  WHERE x.classid = 'pg_event_trigger'::regclass AND x.objid = e.oid AND x.deptype = 'e')
ORDER BY e.evtname
