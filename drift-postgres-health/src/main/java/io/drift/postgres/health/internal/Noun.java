package io.drift.postgres.health.internal;

import java.util.Locale;

/** A noun for summaries: "1 foreign key without an index", "2 foreign keys without an index", "no …". */
record Noun(String singular, String plural) {

    static final Noun SCHEMA = new Noun("schema", "schemas");

    static Noun of(String singular, String plural) {
        return new Noun(singular, plural);
    }

    String count(long n) {
        if (n == 0) {
            return "no " + plural;
        }
        return String.format(Locale.ROOT, "%,d", n) + " " + (n == 1 ? singular : plural);
    }
}
