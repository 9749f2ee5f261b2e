package io.drift.postgres.internal;

import io.drift.core.model.Table;
import io.drift.core.model.Trigger;
import io.drift.core.model.TriggerEnabled;
import io.drift.core.model.TriggerEvent;
import io.drift.core.model.TriggerLevel;
import io.drift.core.model.TriggerTiming;

import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Triggers on tables and views (not internal ones), for the whole database in one query.
 *
 * <p>A trigger on a table becomes a {@link Trigger} of the {@link Table}. A {@code View} has no triggers in the model,
 * so a trigger on a view (typically {@code INSTEAD OF}) goes into the view's attributes: {@code pg.trigger.<name>} is
 * its definition, {@code pg.trigger.<name>.enabled} its state when not the default, {@code pg.trigger.<name>.comment}
 * its comment. The diff compares attributes, so it is still seen when missing or changed.
 */
final class TriggerQuery implements CatalogQuery {

    private static final int ROW = 1;
    private static final int BEFORE = 2;
    private static final int INSERT = 4;
    private static final int DELETE = 8;
    private static final int UPDATE = 16;
    private static final int TRUNCATE = 32;
    private static final int INSTEAD = 64;

    @Override
    public String name() {
        return "triggers";
    }

    @Override
    public void read(Handle handle, CaptureState state) {
        Rows.forEach(handle, "triggers", state, row -> {
            long relid = row.int8("relation_oid");
            Table.Builder table = state.tables.get(relid);
            ViewParts view = table == null ? state.views.get(relid) : null;
            if (table == null && view == null) {
                return;     // a relation nobody captures (an extension's)
            }
            String name = row.string("name");
            String rawDefinition = row.string("definition");
            if (rawDefinition == null) {
                throw new Errors.ChangedDuringCapture("trigger " + row.string("name") + " was dropped");
            }
            String definition = SqlNormalizer.whitespace(rawDefinition);
            TriggerEnabled enabled = enabled(row.string("enabled"));
            if (view != null) {
                view.attribute("pg.trigger." + name, definition);
                if (enabled != TriggerEnabled.ORIGIN) {
                    view.attribute("pg.trigger." + name + ".enabled", enabled.name().toLowerCase(Locale.ROOT));
                }
                if (row.string("comment") != null) {
                    view.attribute("pg.trigger." + name + ".comment", row.string("comment"));
                }
                return;
            }
            int bits = row.integer("type_bits");
            List<TriggerEvent> events = new ArrayList<>();
            if ((bits & INSERT) != 0) {
                events.add(TriggerEvent.INSERT);
            }
            if ((bits & UPDATE) != 0) {
                events.add(TriggerEvent.UPDATE);
            }
            if ((bits & DELETE) != 0) {
                events.add(TriggerEvent.DELETE);
            }
            if ((bits & TRUNCATE) != 0) {
                events.add(TriggerEvent.TRUNCATE);
            }
            TriggerTiming timing = (bits & INSTEAD) != 0 ? TriggerTiming.INSTEAD_OF
                    : (bits & BEFORE) != 0 ? TriggerTiming.BEFORE : TriggerTiming.AFTER;
            boolean constraint = row.bool("constraint_trigger");
            AttributeBuilder attributes = new AttributeBuilder()
                    .put("old_table", row.string("old_table"))
                    .put("new_table", row.string("new_table"))
                    .flag("constraint", constraint)
                    .flag("deferrable", constraint && row.bool("deferrable"))
                    .flag("initially_deferred", constraint && row.bool("initially_deferred"))
                    .put("referenced_table", row.string("referenced_table"));
            table.trigger(new Trigger(name, timing, events, List.of(row.stringsOrEmpty("update_columns")),
                    (bits & ROW) != 0 ? TriggerLevel.ROW : TriggerLevel.STATEMENT,
                    row.string("function_name") + arguments(rawDefinition), when(rawDefinition), enabled,
                    definition, row.string("comment"), attributes.build()));
        });
    }

    static TriggerEnabled enabled(String code) {
        switch (code) {
            case "A":
                return TriggerEnabled.ALWAYS;
            case "R":
                return TriggerEnabled.REPLICA;
            case "D":
                return TriggerEnabled.DISABLED;
            default:
                return TriggerEnabled.ORIGIN;
        }
    }

    /**
     * The argument list of {@code EXECUTE FUNCTION f(…)} as pg_get_triggerdef prints it: every argument a quoted
     * literal ({@code ('changed', 'it''s')}), which is how tgargs reads back. {@code ()} when there is none.
     */
    static String arguments(String definition) {
        List<SqlNormalizer.Token> tokens = SqlNormalizer.tokens(definition);
        for (int i = tokens.size() - 1; i > 0; i--) {
            if ((tokens.get(i).isWord("function") || tokens.get(i).isWord("procedure"))
                    && tokens.get(i - 1).isWord("execute")) {
                for (int k = i + 1; k < tokens.size(); k++) {
                    if (tokens.get(k).is("(")) {
                        return SqlNormalizer.whitespace(join(tokens, k, tokens.size()));
                    }
                }
            }
        }
        return "()";
    }

    /** The condition of {@code WHEN (…)}, without the parentheses, or {@code null}. */
    static String when(String definition) {
        List<SqlNormalizer.Token> tokens = SqlNormalizer.tokens(definition);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).isWord("when") && tokens.get(i + 1).is("(")) {
                int depth = 0;
                for (int k = i + 1; k < tokens.size(); k++) {
                    if (tokens.get(k).is("(")) {
                        depth++;
                    } else if (tokens.get(k).is(")") && --depth == 0) {
                        return SqlNormalizer.expression(join(tokens, i + 1, k + 1));
                    }
                }
            }
            if (tokens.get(i).isWord("execute")) {
                break;
            }
        }
        return null;
    }

    private static String join(List<SqlNormalizer.Token> tokens, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int k = from; k < to; k++) {
            out.append(tokens.get(k).spaceBefore && k > from ? " " : "").append(tokens.get(k).text);
        }
        return out.toString();
    }
}
