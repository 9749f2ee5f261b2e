package io.drift.core.check;

import java.util.Set;

/**
 * A check of a database's schema or health.
 *
 * <p>An implementation must: only read (never write, never take a lock a user would notice); return the same outcome
 * for the same database; return findings in a stable order; and keep {@link #id()} stable across releases, because
 * configurations, suppressions and reports refer to it. It may throw: the runner turns any exception or timeout into
 * an {@link Status#ERROR} for this check alone, and measures its duration.
 *
 * @since 0.1.0
 */
public interface Check {

    /** @return a stable, kebab-case, namespaced id ({@code pg.fk-without-index}) */
    String id();

    /** @return one sentence on what it checks */
    String description();

    /** @return labels a runner uses to choose checks */
    default Set<CheckTag> tags() {
        return Set.of();
    }

    /**
     * @param context what the check may use
     * @return its verdict
     * @throws Exception anything; the runner reports it as an {@link Status#ERROR}
     */
    Outcome run(CheckContext context) throws Exception;
}
