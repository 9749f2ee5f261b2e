package io.drift.core.check;

import io.drift.core.diff.Severity;
import io.drift.core.model.ObjectPath;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Small checks for the runner's tests. */
final class TestChecks {

    static final FindingCode EMPTY = new FindingCode("TEST-TABLE-EMPTY", Severity.ERROR, "Table empty",
            "A table the application needs has no rows.");
    static final FindingCode ODD = new FindingCode("TEST-ODD", Severity.WARNING, "Something odd",
            "Worth a look.");

    private TestChecks() {
    }

    /** A check that needs no database and returns what {@code body} makes of its context. */
    static Check offline(String id, Set<CheckTag> tags, Function<CheckContext, Outcome> body) {
        return new Check() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return "Test check " + id + ".";
            }

            @Override
            public List<FindingCode> codes() {
                return List.of(EMPTY, ODD);
            }

            @Override
            public Set<CheckTag> tags() {
                return tags;
            }

            @Override
            public boolean needsDatabase() {
                return false;
            }

            @Override
            public Set<String> optionNames() {
                return Set.of("threshold", "tables");
            }

            @Override
            public Outcome run(CheckContext context) {
                return body.apply(context);
            }
        };
    }

    static Check offline(String id, Function<CheckContext, Outcome> body) {
        return offline(id, Set.of(), body);
    }

    static Check finding(String id, FindingCode code, String table) {
        return offline(id, c -> Outcome.of("checked " + table,
                List.of(Finding.of(code, ObjectPath.of("public", table), "table public." + table + " is empty"))));
    }

    /** A check that needs the database but never touches it. */
    static Check online(String id) {
        return new Check() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return "Needs the database.";
            }

            @Override
            public List<FindingCode> codes() {
                return List.of();
            }

            @Override
            public Outcome run(CheckContext context) throws Exception {
                return context.query(c -> Outcome.passed("read"));
            }
        };
    }
}
