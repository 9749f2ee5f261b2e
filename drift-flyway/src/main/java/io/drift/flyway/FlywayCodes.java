package io.drift.flyway;

import io.drift.core.check.FindingCode;
import io.drift.core.diff.Severity;

import java.util.List;

/**
 * The stable finding codes of drift-flyway's checks. A code is never renamed or reused; {@code docs/checks.md} says for
 * each what it means, why it matters and how to fix it.
 *
 * @since 0.1.0
 */
public final class FlywayCodes {

    /** The database has no Flyway history table where the configuration says it is. */
    public static final FindingCode NO_HISTORY = new FindingCode("FLYWAY-NO-HISTORY", Severity.ERROR,
            "No Flyway history table",
            "Flyway has never migrated this database, or its history table is in another schema or has another"
                    + " name than configured. Migrate it, baseline an existing schema, or fix the configuration.");

    /** A migration in the code has not been applied. */
    public static final FindingCode PENDING = new FindingCode("FLYWAY-PENDING", Severity.ERROR,
            "Pending migration",
            "The code expects a schema change the database does not have yet; queries that need it fail with"
                    + " 'relation … does not exist'. Apply it with Flyway's migrate.");

    /** The history records a migration that failed. */
    public static final FindingCode FAILED = new FindingCode("FLYWAY-FAILED", Severity.ERROR,
            "Failed migration",
            "A migration failed part-way; the schema is in between two versions and Flyway refuses to migrate further."
                    + " Fix what it left behind, run Flyway's repair, and migrate again.");

    /** A migration applied to the database is no longer in the code. */
    public static final FindingCode MISSING = new FindingCode("FLYWAY-MISSING", Severity.ERROR,
            "Applied migration missing from the code",
            "The database ran a migration the code no longer has: a file was deleted or renamed, or the code is from"
                    + " another branch. Restore it, or mark it deleted with Flyway's repair.");

    /** The database has migrations newer than any in the code. */
    public static final FindingCode AHEAD = new FindingCode("FLYWAY-AHEAD", Severity.WARNING,
            "Database ahead of the code",
            "The database ran migrations newer than the code knows: older code was deployed (a rollback) or the"
                    + " database is shared with newer code. The code may not expect the newer schema.");

    /** An applied migration was edited after it ran. */
    public static final FindingCode CHECKSUM_MISMATCH = new FindingCode("FLYWAY-CHECKSUM-MISMATCH", Severity.ERROR,
            "Migration edited after it ran",
            "The script's checksum differs from the one recorded when it ran: databases migrated before and after"
                    + " the edit differ. Revert the edit and make the change in a new migration, or run Flyway's"
                    + " repair if the edit changes nothing.");

    /** A migration was applied after a higher version. */
    public static final FindingCode OUT_OF_ORDER = new FindingCode("FLYWAY-OUT-OF-ORDER", Severity.INFO,
            "Migration applied out of order",
            "A migration ran after one with a higher version (outOfOrder): databases migrated in order and out of"
                    + " order may differ where the two touch the same objects.");

    /** A migration in the code was skipped: it is older than the latest applied one. */
    public static final FindingCode IGNORED = new FindingCode("FLYWAY-IGNORED", Severity.ERROR,
            "Migration skipped",
            "A migration in the code was never applied and is older than the latest applied one, so migrate skips"
                    + " it (unless outOfOrder is on): its change never reaches this database.");

    /** The database was baselined: migrations below the baseline never ran on it. */
    public static final FindingCode BASELINE = new FindingCode("FLYWAY-BASELINE", Severity.INFO,
            "Database baselined",
            "The history starts at a baseline: the migrations below it never ran here, and the schema they create"
                    + " is assumed to exist. The drift check tells whether it does.");

    /** Flyway's validate rejects a migration for a reason none of the other codes names. */
    public static final FindingCode VALIDATION = new FindingCode("FLYWAY-VALIDATION", Severity.ERROR,
            "Migration fails Flyway's validation",
            "Flyway's validate rejects the migration (its description or type changed since it ran, …), so Flyway"
                    + " refuses to migrate. Flyway's message says why.");

    /** An object the migrations create is missing from the database. */
    public static final FindingCode DRIFT_MISSING = new FindingCode("FLYWAY-DRIFT-MISSING", Severity.ERROR,
            "Missing what the migrations create",
            "The migrations create an object the database lacks: it was dropped by hand, or a migration was marked"
                    + " applied without running. Queries that use it fail.");

    /** The database holds an object no migration creates. */
    public static final FindingCode DRIFT_UNEXPECTED = new FindingCode("FLYWAY-DRIFT-UNEXPECTED", Severity.WARNING,
            "Object no migration creates",
            "The database holds an object that no migration creates (made by hand, or by an ORM's create-all): a"
                    + " database built from the migrations lacks it, and code that relies on it breaks there.");

    /** An object differs from what the migrations create. */
    public static final FindingCode DRIFT_CHANGED = new FindingCode("FLYWAY-DRIFT-CHANGED", Severity.ERROR,
            "Object differs from what the migrations create",
            "A property (a column's type, a default, an index definition) differs from what the migrations make:"
                    + " it was changed by hand. Put the change in a migration, or undo it.");

    /** The migrations cannot build a schema from an empty database. */
    public static final FindingCode BUILD_FAILED = new FindingCode("FLYWAY-BUILD-FAILED", Severity.ERROR,
            "Migrations do not build from empty",
            "Applied in order to an empty database, a migration fails: a new environment (a test database, a"
                    + " disaster recovery) cannot be built from the migrations. The finding names the migration and"
                    + " the database's error.");

    /** The prebuilt expected snapshot was built from other migrations than those in the code. */
    public static final FindingCode SNAPSHOT_STALE = new FindingCode("FLYWAY-SNAPSHOT-STALE", Severity.ERROR,
            "Expected snapshot is stale",
            "The expected schema was built from migrations that differ from those in the code, so comparing with it"
                    + " would report false drift. Build it again from the current migrations.");

    private FlywayCodes() {
    }

    /** @return the codes of {@code flyway.status} */
    public static List<FindingCode> statusCodes() {
        return List.of(NO_HISTORY, PENDING, FAILED, MISSING, AHEAD, CHECKSUM_MISMATCH, OUT_OF_ORDER, IGNORED,
                BASELINE, VALIDATION);
    }

    /** @return the codes of {@code flyway.drift} */
    public static List<FindingCode> driftCodes() {
        return List.of(DRIFT_MISSING, DRIFT_UNEXPECTED, DRIFT_CHANGED, BUILD_FAILED, SNAPSHOT_STALE);
    }
}
