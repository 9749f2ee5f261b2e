package io.drift.postgres.internal;

import io.drift.core.model.Grant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one rule by which every kind's privileges become {@link Grant}s, so that the same privilege state always reads
 * the same way, whatever the kind and whatever the server version.
 *
 * <ol>
 *   <li><b>Effective privileges.</b> The query selects the ACL as {@code coalesce(acl, acldefault(kind, owner))}: a
 *       {@code NULL} ACL means the kind's defaults, which give {@code PUBLIC} {@code EXECUTE} on functions and
 *       {@code USAGE} on types. So {@code REVOKE EXECUTE … FROM PUBLIC} is visible, and an ACL that was granted and
 *       revoked back to the defaults reads like one never touched.</li>
 *   <li><b>Not the owner's.</b> The owner's own entry is left out: it is the implicit all-privileges of ownership
 *       (whose letters grow between versions, such as {@code m} for MAINTAIN in 17), and the owner is captured on its
 *       own (and ignored by default).</li>
 *   <li><b>Not the server's.</b> A privilege the object held from {@code initdb} ({@code pg_init_privs},
 *       {@code privtype 'i'}) is left out while it is still held: it is the server's, not the application's. In the
 *       captured schemas that is the {@code public} schema. An initial privilege that was revoked is reported as the
 *       attribute {@code pg.revoked.<grantee>} ({@code REVOKE ALL ON SCHEMA public FROM PUBLIC} takes
 *       {@code USAGE}).</li>
 *   <li><b>Not the version's.</b> A privilege that initdb gives on some supported majors and not on others is left out
 *       whether it is held or not ({@link #INITDB_VERSION_DEPENDENT}: {@code CREATE} on {@code public} for
 *       {@code PUBLIC}, given by 12 to 14 and not from 15). Two sides with the same effective privileges must read
 *       the same, and so must two sides each as its own initdb left them; an untouched 14 and a 17 given
 *       {@code GRANT CREATE ON SCHEMA public TO PUBLIC} are both at once, so no reading of a single side can report
 *       that privilege on one major and not on another. The price, chosen on purpose: neither
 *       {@code REVOKE CREATE ON SCHEMA public FROM PUBLIC} (the common hardening step on 12 to 14) nor
 *       {@code GRANT CREATE ON SCHEMA public TO PUBLIC} (undoing 15's hardening) is reported, on any major. On a
 *       schema the application created itself, both are reported as usual.</li>
 *   <li><b>ALL.</b> A grantee that holds every privilege the kind has on that server (with the grant option on all
 *       of them, or on none) reads as one grant {@code ALL}: {@code GRANT ALL ON TABLE} includes MAINTAIN from 17 and
 *       is the same statement on 16. A grantee that lacks one of them reads privilege by privilege, so on 17 an
 *       explicit list of the seven pre-17 table privileges is reported as such (it does not include MAINTAIN).</li>
 * </ol>
 *
 * <p>An item reads {@code grantee=privileges/grantor}: an empty grantee is {@code PUBLIC}, a {@code *} after a
 * privilege letter is the grant option, names with special characters are double-quoted. The grantor is not kept: the
 * same DDL run by another role gives another grantor.
 */
final class Acl {

    static final String ALL = "ALL";

    private static final Map<Character, String> PRIVILEGES = Map.ofEntries(
            Map.entry('r', "SELECT"), Map.entry('w', "UPDATE"), Map.entry('a', "INSERT"),
            Map.entry('d', "DELETE"), Map.entry('D', "TRUNCATE"), Map.entry('x', "REFERENCES"),
            Map.entry('t', "TRIGGER"), Map.entry('X', "EXECUTE"), Map.entry('U', "USAGE"),
            Map.entry('C', "CREATE"), Map.entry('c', "CONNECT"), Map.entry('T', "TEMPORARY"),
            Map.entry('m', "MAINTAIN"), Map.entry('s', "SET"), Map.entry('A', "ALTER SYSTEM"));

    /** The privileges of each kind, as ACL letters, on a server of a given major version. */
    enum Kind {
        /** Tables, views, materialized views, foreign tables: MAINTAIN from 17. */
        RELATION("arwdDxt"),
        SEQUENCE("rwU"),
        SCHEMA("UC"),
        COLUMN("arwx"),
        FUNCTION("X"),
        TYPE("U"),
        /** Foreign-data wrappers and foreign servers. */
        FOREIGN("U"),
        /** Large objects (as default privileges, from 18). */
        LARGE_OBJECT("rw");

        private final String letters;

        Kind(String letters) {
            this.letters = letters;
        }

        String letters(int serverMajor) {
            return this == RELATION && serverMajor >= 17 ? letters + "m" : letters;
        }
    }

    private Acl() {
    }

    /** Parses without the initial-privileges and ALL rules (for tests of the item syntax). */
    static List<Grant> grants(String[] acl, String owner) {
        List<Grant> grants = new ArrayList<>();
        if (acl != null) {
            for (String item : acl) {
                if (item != null) {
                    parseItem(item, owner, grants);
                }
            }
        }
        return grants;
    }

    /**
     * As {@link #grants(String[], String[], Set, String, Kind, int)}, for an object none of whose initial privileges
     * depends on the server version (the built-in defaults of {@code acldefault} are the same from 12 to 18 but for
     * the owner's own entry).
     */
    static List<Grant> grants(String[] acl, String[] initial, String owner, Kind kind, int serverMajor) {
        return grants(acl, initial, Set.of(), owner, kind, serverMajor);
    }

    /**
     * @param acl              the effective list ({@code coalesce(acl, acldefault(…))::text[]}); {@code null} reads as
     *                         none
     * @param initial          the initial privileges ({@code pg_init_privs.initprivs::text[]}), or {@code null}
     * @param versionDependent initial privileges that some supported majors give and others do not, left out
     *                         whether held or not ({@link #INITDB_VERSION_DEPENDENT} for initdb's; none otherwise)
     * @param owner            the object's owner, whose entry is left out; may be {@code null}
     * @param kind             the object's kind, for what {@code ALL} means
     * @param serverMajor      the server's major version, for what {@code ALL} means there
     * @return the grants, unsorted (the model sorts them)
     */
    static List<Grant> grants(String[] acl, String[] initial, Set<Grant> versionDependent, String owner, Kind kind,
                              int serverMajor) {
        List<Grant> held = grants(acl, owner);
        if (held.isEmpty()) {
            return held;    // most columns: nothing to collapse (and 120,000 of them at 10,000 tables)
        }
        if (initial != null) {
            Set<Grant> initialGrants = new LinkedHashSet<>(grants(initial, owner));
            held.removeIf(initialGrants::contains);
        }
        held.removeIf(versionDependent::contains);
        String letters = kind.letters(serverMajor);
        if (letters.length() < 2) {
            return dedupe(held);
        }
        Set<String> all = new LinkedHashSet<>();
        for (char c : letters.toCharArray()) {
            all.add(PRIVILEGES.get(c));
        }
        Map<String, List<Grant>> byGrantee = new LinkedHashMap<>();
        for (Grant g : dedupe(held)) {
            byGrantee.computeIfAbsent(g.grantee(), k -> new ArrayList<>()).add(g);
        }
        List<Grant> out = new ArrayList<>();
        byGrantee.forEach((grantee, grants) -> {
            Set<String> privileges = new LinkedHashSet<>();
            Set<Boolean> options = new LinkedHashSet<>();
            for (Grant g : grants) {
                privileges.add(g.privilege());
                options.add(g.grantable());
            }
            if (privileges.containsAll(all) && privileges.size() == all.size() && options.size() == 1) {
                out.add(new Grant(grantee, ALL, options.iterator().next()));
            } else {
                out.addAll(grants);
            }
        });
        return out;
    }

    /**
     * Initial privileges that initdb gives on some supported majors only: {@code CREATE} on {@code public} for
     * {@code PUBLIC} (12 to 14). Whether they are held says nothing about the application (see the class comment).
     * The built-in defaults of {@code acldefault} have none: from 12 to 18 they differ in the owner's entry alone.
     */
    static final Set<Grant> INITDB_VERSION_DEPENDENT = Set.of(new Grant("PUBLIC", "CREATE", false));

    /**
     * The other half of the initial-privileges rule: an initial privilege that is no longer held was revoked by the
     * application ({@code REVOKE ALL ON SCHEMA public FROM PUBLIC} takes {@code USAGE} away), and is reported, unless
     * it is one of {@code versionDependent}.
     *
     * @param versionDependent as for {@link #grants(String[], String[], Set, String, Kind, int)}
     * @return the revoked initial privileges, or none when there are no initial privileges
     */
    static List<Grant> revokedInitial(String[] acl, String[] initial, Set<Grant> versionDependent, String owner) {
        List<Grant> revoked = new ArrayList<>();
        if (initial == null) {
            return revoked;
        }
        Set<Grant> held = new LinkedHashSet<>(grants(acl, owner));
        List<String> others = new ArrayList<>();
        for (String item : initial) {
            // The owner's own entry at initdb (grantee = grantor): ownership, which ALTER … OWNER TO moves.
            if (item != null && !item.substring(0, item.indexOf('=') + 1)
                    .equals(item.substring(item.lastIndexOf('/') + 1) + "=")) {
                others.add(item);
            }
        }
        for (Grant g : dedupe(grants(others.toArray(new String[0]), owner))) {
            if (!held.contains(g) && !versionDependent.contains(g)) {
                revoked.add(g);
            }
        }
        return revoked;
    }

    /** The same privilege granted by two grantors is one grant (a grant option wins). */
    private static List<Grant> dedupe(List<Grant> grants) {
        Map<String, Grant> unique = new LinkedHashMap<>();
        for (Grant g : grants) {
            unique.merge(g.grantee() + "\u0000" + g.privilege(), g,
                    (a, b) -> a.grantable() ? a : b);
        }
        return new ArrayList<>(unique.values());
    }

    /**
     * For kinds whose record has no grants (types, columns): {@code pg.grant.<grantee>} = the privileges,
     * comma-separated, each followed by {@code WITH GRANT OPTION} where it has one.
     */
    static AttributeBuilder asAttributes(List<Grant> grants, AttributeBuilder attributes) {
        return asAttributes("grant.", grants, attributes);
    }

    /** As {@link #asAttributes(List, AttributeBuilder)}, under another key prefix ({@code revoked.}). */
    static AttributeBuilder asAttributes(String prefix, List<Grant> grants, AttributeBuilder attributes) {
        if (grants.isEmpty()) {
            return attributes;
        }
        Map<String, List<String>> byGrantee = new TreeMap<>();
        for (Grant g : grants) {
            byGrantee.computeIfAbsent(g.grantee(), k -> new ArrayList<>())
                    .add(g.privilege() + (g.grantable() ? " WITH GRANT OPTION" : ""));
        }
        byGrantee.forEach((grantee, privileges) -> {
            privileges.sort(null);
            attributes.put(prefix + grantee, String.join(", ", privileges));
        });
        return attributes;
    }

    private static void parseItem(String item, String owner, List<Grant> out) {
        // grantee: possibly "quoted", with "" for a quote inside
        StringBuilder grantee = new StringBuilder();
        int i = 0;
        if (i < item.length() && item.charAt(i) == '"') {
            i++;
            while (i < item.length()) {
                char c = item.charAt(i);
                if (c == '"') {
                    if (i + 1 < item.length() && item.charAt(i + 1) == '"') {
                        grantee.append('"');
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                grantee.append(c);
                i++;
            }
        } else {
            while (i < item.length() && item.charAt(i) != '=') {
                grantee.append(item.charAt(i++));
            }
        }
        if (i >= item.length() || item.charAt(i) != '=') {
            throw new IllegalArgumentException("Not an aclitem: " + item);
        }
        i++;
        String name = grantee.length() == 0 ? "PUBLIC" : grantee.toString();
        if (name.equals(owner)) {
            return;
        }
        while (i < item.length() && item.charAt(i) != '/') {
            char letter = item.charAt(i++);
            boolean grantable = i < item.length() && item.charAt(i) == '*';
            if (grantable) {
                i++;
            }
            String privilege = PRIVILEGES.get(letter);
            if (privilege == null) {
                throw new IllegalArgumentException("Unknown privilege '" + letter + "' in aclitem " + item);
            }
            out.add(new Grant(name, privilege, grantable));
        }
    }
}
