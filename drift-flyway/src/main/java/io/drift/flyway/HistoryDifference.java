package io.drift.flyway;

/**
 * One way two databases' Flyway histories differ.
 *
 * @param kind   how they differ
 * @param first  the migration in the first history, or {@code null} when only the second has it
 * @param second the migration in the second history, or {@code null} when only the first has it
 * @since 0.1.0
 */
public record HistoryDifference(Kind kind, AppliedMigration first, AppliedMigration second) {

    /** How two histories differ about one migration. */
    public enum Kind {
        /** Only the first database has applied it. */
        ONLY_IN_FIRST,
        /** Only the second database has applied it. */
        ONLY_IN_SECOND,
        /** Both have applied it, from scripts with different checksums. */
        CHECKSUM,
        /** It succeeded in one and failed in the other. */
        SUCCESS,
        /** One applied it, the other has it as another type (a baseline, say). */
        TYPE,
        /** Both applied it under different descriptions. */
        DESCRIPTION
    }

    /** @return the migration's short name: {@code V3}, {@code R order totals} */
    public String migration() {
        return (first != null ? first : second).shortName();
    }

    /**
     * @param firstName  what to call the first database
     * @param secondName what to call the second
     * @return the difference in words
     */
    public String describe(String firstName, String secondName) {
        return switch (kind) {
            case ONLY_IN_FIRST -> first.label() + " is applied in " + firstName + ", not in " + secondName;
            case ONLY_IN_SECOND -> second.label() + " is applied in " + secondName + ", not in " + firstName;
            case CHECKSUM -> first.label() + " was applied from different scripts: checksum " + first.checksum()
                    + " in " + firstName + ", " + second.checksum() + " in " + secondName;
            case SUCCESS -> first.label() + (first.success() ? " succeeded" : " failed") + " in " + firstName + " and"
                    + (second.success() ? " succeeded" : " failed") + " in " + secondName;
            case TYPE -> first.label() + " is " + first.type() + " in " + firstName + " and " + second.type()
                    + " in " + secondName;
            case DESCRIPTION -> first.shortName() + " is \"" + first.description() + "\" in " + firstName + " and \""
                    + second.description() + "\" in " + secondName;
        };
    }
}
