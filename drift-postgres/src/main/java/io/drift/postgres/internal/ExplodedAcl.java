package io.drift.postgres.internal;

import io.drift.core.model.Grant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Grants that a query has already expanded server-side with {@code aclexplode(coalesce(acl, acldefault(…)))}, as three
 * parallel arrays {@code grantees}, {@code privileges}, {@code grantable} (see {@code views.sql}). Expanding a
 * {@code NULL} ACL to the defaults matters for functions and types, whose defaults give {@code PUBLIC} a privilege:
 * otherwise {@code REVOKE EXECUTE … FROM PUBLIC} (the ACL goes from {@code NULL} to the owner's entry alone) would read
 * the same as no ACL at all.
 */
final class ExplodedAcl {

    private ExplodedAcl() {
    }

    static List<Grant> grants(Rows row) {
        String[] grantees = row.stringsOrEmpty("grantees");
        String[] privileges = row.stringsOrEmpty("privileges");
        String[] grantable = row.stringsOrEmpty("grantable");
        List<Grant> grants = new ArrayList<>(grantees.length);
        for (int i = 0; i < grantees.length; i++) {
            grants.add(new Grant(grantees[i], privileges[i], "true".equals(grantable[i])));
        }
        return grants;
    }

    /**
     * For kinds whose record has no grants (types): {@code pg.grant.<grantee>} = the privileges, comma-separated, each
     * followed by {@code WITH GRANT OPTION} where it has one.
     */
    static AttributeBuilder asAttributes(List<Grant> grants, AttributeBuilder attributes) {
        Map<String, List<String>> byGrantee = new TreeMap<>();
        for (Grant g : grants) {
            byGrantee.computeIfAbsent(g.grantee(), k -> new ArrayList<>())
                    .add(g.privilege() + (g.grantable() ? " WITH GRANT OPTION" : ""));
        }
        byGrantee.forEach((grantee, privileges) -> {
            privileges.sort(null);
            attributes.put("grant." + grantee, String.join(", ", privileges));
        });
        return attributes;
    }
}
