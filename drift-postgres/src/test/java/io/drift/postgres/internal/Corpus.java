package io.drift.postgres.internal;

import io.drift.core.diff.DiffOptions;
import io.drift.core.diff.Differ;
import io.drift.core.diff.Difference;
import io.drift.core.model.Snapshot;
import io.drift.test.postgres.TestDatabase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    /** A GitLab-style CI schema: structure.sql's idioms, partitions, triggers with transition tables. */
    static final String GITLAB = "corpus/gitlab_ci.sql";
    /** A Discourse-style forum: quoted names, ICU collations, check-option views, RLS, comments. */
    static final String DISCOURSE = "corpus/discourse_forum.sql";
    /** A PostgREST-style ledger: domains, composite types, functions of every shape, typmods, defaults. */
    static final String LEDGER = "corpus/api_ledger.sql";
    /** A scheduling service for PostgreSQL 14 and later: multiranges, SQL-standard bodies. */
    static final String PG14 = "corpus/modern_pg14.sql";

    static final List<String> ALL = List.of(RAILS, DJANGO, PG_HEAVY, QUEUE, GITLAB, DISCOURSE, LEDGER, PG14);

    /** The oldest major a corpus schema runs on: 12 unless its first line reads {@code -- drift-corpus: since N}. */
    static int since(String script) {
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalArgumentException("No corpus schema " + script);
            }
            String first = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            String marker = "-- drift-corpus: since ";
            return first != null && first.startsWith(marker)
                    ? Integer.parseInt(first.substring(marker.length()).trim()) : Sql.OLDEST;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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
