package io.drift.core.model;

import static java.util.Objects.requireNonNull;

/**
 * A check constraint of a table, or of a {@link Domain}. Path: {@code public.users/users_age_check}.
 *
 * @param name       the constraint name
 * @param expression the boolean expression, normalised ({@code age >= 0}), without the {@code CHECK} keyword
 * @param validated  false when added {@code NOT VALID} and not validated since
 * @param noInherit  whether it is {@code NO INHERIT}
 * @param comment    the comment, or {@code null}
 * @param attributes vendor properties
 * @since 0.1.0
 */
public record CheckConstraint(String name, String expression, boolean validated, boolean noInherit, String comment,
                              Attributes attributes) implements Constraint {

    public CheckConstraint {
        requireNonNull(name, "name");
        requireNonNull(expression, "expression");
        attributes = Lists.orEmpty(attributes);
    }

    /**
     * @param name       the constraint name
     * @param expression the expression
     * @return a validated, inheritable check constraint
     */
    public static CheckConstraint of(String name, String expression) {
        return new CheckConstraint(name, expression, true, false, null, Attributes.empty());
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.CHECK_CONSTRAINT;
    }
}
