-- Row-level security policies. polroles holds 0 for PUBLIC, which CREATE POLICY … TO PUBLIC and a policy without TO
-- both store; it is reported as "public", and the roles are sorted. USING and WITH CHECK are rendered against the
-- policy's table, in pretty mode
-- (no redundant parentheses), as the other queries render expressions.
SELECT pol.oid,
       pol.polrelid                                   AS relation_oid,
       pol.polname                                    AS name,
       pol.polcmd                                     AS command,
       pol.polpermissive                              AS permissive,
       ARRAY(SELECT CASE WHEN r = 0 THEN 'public' ELSE pg_get_userbyid(r) END AS role_name
             FROM unnest(pol.polroles) r
             ORDER BY 1)                              AS roles,
       pg_get_expr(pol.polqual, pol.polrelid, true)   AS using_expression,
       pg_get_expr(pol.polwithcheck, pol.polrelid, true) AS with_check_expression,
       d.description                                  AS comment
FROM pg_policy pol
JOIN pg_class c ON c.oid = pol.polrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_description d ON d.classoid = 'pg_policy'::regclass AND d.objoid = pol.oid AND d.objsubid = 0
WHERE n.oid = ANY(:schemas)
ORDER BY pol.polrelid, pol.polname
