package io.drift.core.check;

import io.drift.core.model.Snapshot;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * What a check may use. Everything here is read-only: connections from {@link #dataSource()} are in read-only
 * transactions with statement and lock timeouts.
 *
 * @since 0.1.0
 */
public interface CheckContext {

    /** @return connections to the database under inspection, read-only */
    DataSource dataSource();

    /** @return the snapshot shared by all checks of a run, captured at most once, if the runner has one */
    Optional<Snapshot> snapshot();

    /**
     * @param checkId a check's id
     * @return that check's options, empty when none were given
     */
    Map<String, String> options(String checkId);

    /** @return the clock to read the time from */
    Clock clock();
}
