package io.drift.core.model;

import static java.util.Objects.requireNonNull;

/**
 * An exclusion constraint. Path: {@code public.bookings/bookings_room_during_excl}.
 *
 * @param name              the constraint name
 * @param definition        the definition as the database renders it:
 *                          {@code EXCLUDE USING gist (room WITH =, during WITH &&)}, including any {@code WHERE}
 * @param deferrable        whether it is {@code DEFERRABLE}
 * @param initiallyDeferred whether it is {@code INITIALLY DEFERRED}
 * @param comment           the comment, or {@code null}
 * @param attributes        vendor properties
 * @since 0.1.0
 */
public record ExclusionConstraint(String name, String definition, boolean deferrable, boolean initiallyDeferred,
                                  String comment, Attributes attributes) implements Constraint {

    public ExclusionConstraint {
        requireNonNull(name, "name");
        requireNonNull(definition, "definition");
        attributes = Lists.orEmpty(attributes);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.EXCLUSION_CONSTRAINT;
    }
}
