package io.drift.core.check;

import java.util.List;
import java.util.Set;

/**
 * A check of a database's schema or health, run by a {@link CheckRunner}.
 *
 * <pre>{@code
 * final class UsersNotEmpty implements Check {
 *     static final FindingCode EMPTY = new FindingCode("ACME-USERS-EMPTY", Severity.ERROR,
 *             "The users table is empty", "The application cannot log anyone in. Restore the users table.");
 *
 *     public String id() { return "acme.users-not-empty"; }
 *     public String description() { return "The users table has rows."; }
 *     public List<FindingCode> codes() { return List.of(EMPTY); }
 *
 *     public Outcome run(CheckContext context) throws Exception {
 *         boolean empty = context.query(c -> {
 *             try (ResultSet rs = c.createStatement().executeQuery("SELECT NOT EXISTS (SELECT FROM users)")) {
 *                 rs.next();
 *                 return rs.getBoolean(1);
 *             }
 *         });
 *         return empty ? Outcome.of("users is empty", List.of(Finding.of(EMPTY, ObjectPath.of("public", "users"),
 *                 "table public.users is empty"))) : Outcome.passed("users has rows");
 *     }
 * }
 * }</pre>
 *
 * <p>An implementation must:
 * <ul>
 *     <li><b>only read</b>: never write, never take a lock a user would notice; {@link CheckContext#query} gives
 *     connections in a read-only transaction with the run's timeouts;</li>
 *     <li><b>be deterministic</b>: the same database gives the same findings, in a stable order;</li>
 *     <li><b>keep its id and codes stable</b> across releases, because configurations, suppressions, reports and
 *     dashboards refer to them: a code is never renamed or reused for another meaning;</li>
 *     <li><b>declare every code it can emit</b> in {@link #codes()}, so that the catalogue ({@code docs/checks.md}) and
 *     the code-scanning rules can be checked against it;</li>
 *     <li>cost a fixed number of queries, whatever the number of tables, where the database allows;</li>
 *     <li>be safe to run again and, found through {@link io.drift.core.spi.CheckProvider}, need nothing but its
 *     options.</li>
 * </ul>
 * It may throw: the runner turns any exception, or running past its timeout, into {@link Status#ERRORED} for this check
 * alone, and measures its duration.
 *
 * @since 0.1.0
 */
public interface Check {

    /**
     * @return a stable, kebab-case id, namespaced for adapters ({@code pg.fk-without-index}, {@code flyway.status};
     *         Drift's own generic checks have none: {@code connectivity}, {@code schema-drift})
     */
    String id();

    /** @return one sentence on what it checks */
    String description();

    /** @return every code it can emit, with its default severity and help */
    List<FindingCode> codes();

    /** @return labels a runner chooses checks by ({@link CheckTag#EXPENSIVE} is skipped by the quick profile) */
    default Set<CheckTag> tags() {
        return Set.of();
    }

    /**
     * @return whether it runs unless turned off; {@code false} for style and naming checks, and for checks that
     *         need configuration to mean anything
     */
    default boolean enabledByDefault() {
        return true;
    }

    /**
     * @return whether it needs the database: when the database cannot be reached, the runner skips the checks that
     *         do, at once, and still runs the others (an HTTP probe)
     */
    default boolean needsDatabase() {
        return true;
    }

    /**
     * @return the names of the options it reads (in {@code drift.yaml}, under {@code checks.<id>}); an option not
     *         listed here is refused with the closest name, so that a typo does not silently do nothing
     */
    default Set<String> optionNames() {
        return Set.of();
    }

    /**
     * Checks its options before any run, so that a mistake is reported when a runner is built or {@code drift.yaml}
     * is read (naming the file, line and column), not when the check runs against a database. An implementation reads
     * every option it has with the typed getters of {@link CheckOptions}, which throw a
     * {@link io.drift.core.DriftException} naming the check, the option and where it was written. The runner has
     * already refused option names not in {@link #optionNames()}.
     *
     * @param options this check's options, possibly none
     * @throws io.drift.core.DriftException with {@link io.drift.core.DriftException.Reason#INVALID_CONFIG} for a
     *                                      value of the wrong type, out of range, or inconsistent with another
     * @since 0.1.0
     */
    default void validate(CheckOptions options) {
    }

    /**
     * @param context what the check may use
     * @return its findings, or why it did not run
     * @throws Exception anything; the runner reports it as {@link Status#ERRORED} for this check alone
     */
    Outcome run(CheckContext context) throws Exception;
}
