package io.drift.postgres.internal;

import io.drift.core.diff.Difference;
import io.drift.core.diff.DiffOptions;
import io.drift.core.diff.Differ;
import io.drift.core.model.Snapshot;
import io.drift.test.postgres.TestDatabase;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The corpus: realistic application schemas under {@code src/test/resources/corpus/}, written the way real projects
 * write them, each accepted by PostgreSQL 12 to 18 alike.
 */
final class Corpus {

    /** A Rails-style SaaS application. */
    static final String RAILS = "corpus/saas_rails.sql";
    /** A Django-style shop. */
    static final String DJANGO = "corpus/django_shop.sql";
    /** A hand-written, PostgreSQL-heavy booking platform over three schemas. */
    static final String PG_HEAVY = "corpus/pg_heavy.sql";
    /** A small job queue and event store, with the constructs the others leave out. */
    static final String QUEUE = "corpus/job_queue.sql";

    static final List<String> ALL = List.of(RAILS, DJANGO, PG_HEAVY, QUEUE);

    private Corpus() {
    }

    /** Applies a corpus schema to a fresh database, and captures it. */
    static Snapshot apply(TestDatabase db, String script) {
        db.executeResource(script);
        return Captures.withoutDatabase(Captures.capture(db));
    }

    static List<Difference> diff(Snapshot expected, Snapshot actual) {
        return Differ.standard().diff(expected, actual, DiffOptions.defaults()).differences();
    }

    static List<Difference> diff(Snapshot expected, Snapshot actual, DiffOptions options) {
        return Differ.standard().diff(expected, actual, options).differences();
    }

    /** One difference a line, for failure messages. */
    static String render(List<Difference> differences) {
        return differences.stream().map(Difference::toString).collect(Collectors.joining("\n  ", "\n  ", "\n"));
    }
}
