package io.drift.core.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A row-level security policy. Path: {@code public.documents/owner_only}.
 *
 * @param name       the policy name
 * @param command    the command it applies to
 * @param permissive {@code PERMISSIVE} (true) or {@code RESTRICTIVE}
 * @param roles      the roles it applies to, sorted ({@code public} for everyone)
 * @param using      the {@code USING} expression, or {@code null}
 * @param withCheck  the {@code WITH CHECK} expression, or {@code null}
 * @param comment    the comment, or {@code null}
 * @param attributes vendor properties
 * @since 0.1.0
 */
public record Policy(String name, PolicyCommand command, boolean permissive, List<String> roles, String using,
                     String withCheck, String comment, Attributes attributes) implements Member {

    public Policy {
        requireNonNull(name, "name");
        requireNonNull(command, "command");
        List<String> sortedRoles = new ArrayList<>(roles);
        sortedRoles.sort(null);
        roles = List.copyOf(sortedRoles);
        attributes = Lists.orEmpty(attributes);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.POLICY;
    }
}
