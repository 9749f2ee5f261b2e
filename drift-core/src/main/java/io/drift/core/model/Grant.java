package io.drift.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;

/**
 * One privilege held by one role on an object, as {@code GRANT privilege ON object TO grantee}. Who granted it is left
 * out on purpose: it differs between environments without changing what the application can do.
 *
 * @param grantee   the role, or {@code PUBLIC}
 * @param privilege the privilege in upper case: {@code SELECT}, {@code INSERT}, {@code USAGE}, {@code EXECUTE}, …
 * @param grantable whether it was granted {@code WITH GRANT OPTION}
 * @since 0.1.0
 */
public record Grant(String grantee, String privilege, boolean grantable) implements Comparable<Grant> {

    private static final Comparator<Grant> ORDER = Comparator.comparing(Grant::grantee)
            .thenComparing(Grant::privilege)
            .thenComparing(Grant::grantable);

    public Grant {
        requireNonNull(grantee, "grantee");
        requireNonNull(privilege, "privilege");
    }

    @Override
    public int compareTo(Grant other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return privilege + " to " + grantee + (grantable ? " with grant option" : "");
    }
}
