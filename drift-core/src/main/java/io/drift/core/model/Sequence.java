package io.drift.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A sequence that is not the hidden sequence of an identity column. Path: {@code public.order_number_seq}.
 *
 * @param path       the qualified name
 * @param options    type, start, increment, bounds, cache, cycle
 * @param ownedBy    the column it is {@code OWNED BY} ({@code public.users.id} for a {@code serial}), or {@code null}
 * @param owner      the owning role, or {@code null} when not captured
 * @param comment    the comment, or {@code null}
 * @param grants     privileges, sorted
 * @param attributes vendor properties
 * @since 0.1.0
 */
public record Sequence(ObjectPath path, SequenceOptions options, ObjectPath ownedBy, String owner, String comment,
                       List<Grant> grants, Attributes attributes) implements SchemaObject {

    public Sequence {
        requireNonNull(path, "path");
        requireNonNull(options, "options");
        grants = Lists.sortedGrants(grants);
        attributes = Lists.orEmpty(attributes);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.SEQUENCE;
    }
}
