package io.drift.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A trigger on a table or view. Path: {@code public.users/users_audit}.
 *
 * @param name          the trigger name
 * @param timing        {@code BEFORE}, {@code AFTER} or {@code INSTEAD OF}
 * @param events        the events, in enum order
 * @param updateColumns the columns of {@code UPDATE OF …}, or empty
 * @param level         {@code FOR EACH ROW} or {@code FOR EACH STATEMENT}
 * @param function      the qualified trigger function with its arguments: {@code public.audit()}
 * @param when          the {@code WHEN} condition, or {@code null}
 * @param enabled       whether and when it fires
 * @param definition    the full definition as the database renders it
 * @param comment       the comment, or {@code null}
 * @param attributes    vendor properties (transition tables, constraint-trigger flags…)
 * @since 0.1.0
 */
public record Trigger(String name, TriggerTiming timing, List<TriggerEvent> events, List<String> updateColumns,
                      TriggerLevel level, String function, String when, TriggerEnabled enabled, String definition,
                      String comment, Attributes attributes) implements Member {

    public Trigger {
        requireNonNull(name, "name");
        requireNonNull(timing, "timing");
        requireNonNull(level, "level");
        requireNonNull(function, "function");
        requireNonNull(enabled, "enabled");
        events = Lists.sorted(events);
        updateColumns = List.copyOf(updateColumns);
        attributes = Lists.orEmpty(attributes);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.TRIGGER;
    }
}
