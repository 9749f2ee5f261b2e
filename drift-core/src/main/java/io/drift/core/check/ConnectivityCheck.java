package io.drift.core.check;

import io.drift.core.diff.Severity;
import io.drift.core.internal.Durations;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Connects and runs a trivial query; reports the server's version and the round trip. The runner runs it first
 * whenever a check needs the database, and skips those checks at once when it cannot run.
 */
final class ConnectivityCheck implements Check {

    static final String ID = "connectivity";

    static final FindingCode SLOW = new FindingCode("DRIFT-CONNECTION-SLOW", Severity.WARNING,
            "Slow round trip to the database",
            "A trivial query took longer than max-round-trip: the network or the server is slow, and every query the"
                    + " application makes pays it. Check the latency between the application and the database, and"
                    + " the server's load.");

    static final Duration DEFAULT_MAX_ROUND_TRIP = Duration.ofMillis(500);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Connects to the database and runs a trivial query within the timeout.";
    }

    @Override
    public List<FindingCode> codes() {
        return List.of(SLOW);
    }

    @Override
    public Set<String> optionNames() {
        return Set.of("max-round-trip");
    }

    @Override
    public Outcome run(CheckContext context) throws Exception {
        Duration maxRoundTrip = context.options().duration("max-round-trip", DEFAULT_MAX_ROUND_TRIP);
        long nanos = context.query(connection -> {
            try (Statement statement = connection.createStatement()) {
                long start = System.nanoTime();
                try (ResultSet rs = statement.executeQuery("SELECT 1")) {
                    rs.next();
                }
                return System.nanoTime() - start;
            }
        });
        Duration roundTrip = Duration.ofNanos(nanos);
        String server = context.database().map(Object::toString).orElse("the database");
        String summary = server + ", round trip " + Durations.format(roundTrip);
        if (roundTrip.compareTo(maxRoundTrip) > 0) {
            return Outcome.of(summary, List.of(Finding.of(SLOW, null, "A trivial query took "
                    + Durations.format(roundTrip) + ", more than max-round-trip (" + Durations.format(maxRoundTrip)
                    + ").")));
        }
        return Outcome.passed(summary);
    }
}
