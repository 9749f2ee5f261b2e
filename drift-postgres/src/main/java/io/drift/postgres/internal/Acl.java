package io.drift.postgres.internal;

import io.drift.core.model.Grant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads PostgreSQL access control lists ({@code relacl}, {@code nspacl}, {@code proacl}, {@code typacl}…, selected as
 * {@code text[]}) into {@link Grant}s.
 *
 * <p>An item reads {@code grantee=privileges/grantor}: an empty grantee is {@code PUBLIC}, a {@code *} after a
 * privilege letter is the grant option, names with special characters are double-quoted. The owner's own entry is
 * left out: it is the implicit all-privileges of ownership (whose letters also grow between versions, such as
 * {@code m} for MAINTAIN in 17), and the owner is captured on its own. A {@code NULL} list means the default
 * privileges, that is no explicit grants; so does a list holding only the owner's entry. The grantor is not kept: the
 * same DDL run by another role gives another grantor.
 */
final class Acl {

    private static final Map<Character, String> PRIVILEGES = Map.ofEntries(
            Map.entry('r', "SELECT"), Map.entry('w', "UPDATE"), Map.entry('a', "INSERT"),
            Map.entry('d', "DELETE"), Map.entry('D', "TRUNCATE"), Map.entry('x', "REFERENCES"),
            Map.entry('t', "TRIGGER"), Map.entry('X', "EXECUTE"), Map.entry('U', "USAGE"),
            Map.entry('C', "CREATE"), Map.entry('c', "CONNECT"), Map.entry('T', "TEMPORARY"),
            Map.entry('m', "MAINTAIN"), Map.entry('s', "SET"), Map.entry('A', "ALTER SYSTEM"));

    private Acl() {
    }

    /**
     * @param acl   the list as {@code text[]}, or {@code null} (default privileges)
     * @param owner the object's owner, whose entry is left out; may be {@code null}
     * @return the explicit grants, unsorted (the model sorts them)
     */
    static List<Grant> grants(String[] acl, String owner) {
        List<Grant> grants = new ArrayList<>();
        if (acl == null) {
            return grants;
        }
        for (String item : acl) {
            if (item != null) {
                parseItem(item, owner, grants);
            }
        }
        return grants;
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
