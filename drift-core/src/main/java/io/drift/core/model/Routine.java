package io.drift.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A function or procedure, identified by its name and argument types (overloads are different routines). Path:
 * {@code public.add_user(text, integer)}: see {@link #pathOf(String, String, String)}.
 *
 * @param path            the qualified name with the identity argument types
 * @param routineKind     function, procedure, aggregate or window function
 * @param arguments       the full argument list with names, modes and defaults, as the database renders it
 * @param returnType      the result type ({@code integer}, {@code SETOF users}, {@code TABLE(…)}); {@code null} for a
 *                        procedure
 * @param language        the language: {@code sql}, {@code plpgsql}, {@code c}…
 * @param volatility      the volatility; {@code null} for a procedure
 * @param securityDefiner whether it runs with its owner's privileges
 * @param definition      the body (the full {@code CREATE} statement where the database can render it)
 * @param owner           the owning role, or {@code null} when not captured
 * @param comment         the comment, or {@code null}
 * @param grants          privileges, sorted
 * @param attributes      vendor properties ({@code pg.strict}, {@code pg.parallel}, {@code pg.cost}…)
 * @since 0.1.0
 */
public record Routine(ObjectPath path, RoutineKind routineKind, String arguments, String returnType, String language,
                      Volatility volatility, boolean securityDefiner, String definition, String owner, String comment,
                      List<Grant> grants, Attributes attributes) implements SchemaObject {

    public Routine {
        requireNonNull(path, "path");
        requireNonNull(routineKind, "routineKind");
        requireNonNull(arguments, "arguments");
        requireNonNull(language, "language");
        grants = Lists.sortedGrants(grants);
        attributes = Lists.orEmpty(attributes);
    }

    /**
     * @param schema        the schema
     * @param name          the routine name
     * @param identityTypes the identity argument types, comma-separated as the database renders them
     *                      ({@code text, integer}); empty for none
     * @return {@code schema.name(identityTypes)}
     */
    public static ObjectPath pathOf(String schema, String name, String identityTypes) {
        return ObjectPath.of(schema, name + "(" + identityTypes + ")");
    }

    @Override
    public ObjectKind kind() {
        return routineKind == RoutineKind.PROCEDURE ? ObjectKind.PROCEDURE : ObjectKind.FUNCTION;
    }
}
