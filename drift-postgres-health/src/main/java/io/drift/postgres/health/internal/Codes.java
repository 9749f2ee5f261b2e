package io.drift.postgres.health.internal;

import io.drift.core.check.FindingCode;
import io.drift.core.diff.Severity;

/** The finding codes of the checks built on pg-index-health's rules, whichever query implements them. */
final class Codes {

    private Codes() {
    }

    static final FindingCode FK_WITHOUT_INDEX = code("PG-FK-WITHOUT-INDEX", Severity.WARNING,
            "Foreign key without an index",
            "Every delete or key update in the referenced table scans the referencing table, holding its lock the"
                    + " while. Create an index whose leading columns are the foreign key's.");
    static final FindingCode TABLE_WITHOUT_PK = code("PG-TABLE-WITHOUT-PK", Severity.WARNING,
            "Table without a primary key",
            "Rows cannot be told apart reliably; logical replication cannot replicate its updates and deletes. Add a"
                    + " primary key.");
    static final FindingCode INVALID_INDEX = code("PG-INVALID-INDEX", Severity.ERROR, "Invalid index",
            "A failed CREATE INDEX CONCURRENTLY or REINDEX CONCURRENTLY left it: queries do not use it, yet writes"
                    + " may still maintain it. Rebuild it (REINDEX INDEX CONCURRENTLY) or drop it.");
    static final FindingCode DUPLICATE_INDEX = code("PG-DUPLICATE-INDEX", Severity.WARNING, "Duplicate index",
            "Two or more indexes have the same columns, operator classes, expressions and predicate: every write"
                    + " maintains both for nothing. Drop the one that backs no constraint.");
    static final FindingCode OVERLAPPING_INDEX = code("PG-OVERLAPPING-INDEX", Severity.INFO,
            "Index whose columns lead another",
            "An index on (a) is usually made redundant by one on (a, b). Drop it unless it is unique or much"
                    + " smaller and hot.");
    static final FindingCode NOT_VALID_CONSTRAINT = code("PG-NOT-VALID-CONSTRAINT", Severity.WARNING,
            "Constraint not validated",
            "Added NOT VALID and never validated: rows from before may break it, and the planner cannot rely on it."
                    + " Validate it (ALTER TABLE … VALIDATE CONSTRAINT takes only a SHARE UPDATE EXCLUSIVE lock).");
    static final FindingCode SEQUENCE_NEAR_LIMIT = code("PG-SEQUENCE-NEAR-LIMIT", Severity.WARNING,
            "Sequence near its limit",
            "When a sequence reaches its maximum, every insert that takes a value from it fails. Widen it"
                    + " (ALTER SEQUENCE … AS bigint, with the columns it feeds) before it runs out.");
    static final FindingCode DUPLICATE_FK = code("PG-DUPLICATE-FK", Severity.WARNING, "Duplicate foreign key",
            "Two foreign keys check the same columns against the same table: every write pays twice. Drop one.");
    static final FindingCode OVERLAPPING_FK = code("PG-OVERLAPPING-FK", Severity.INFO,
            "Foreign keys that share columns",
            "Two foreign keys to the same table share some of their columns: often one is a mistake.");
    static final FindingCode FK_TYPE_MISMATCH = code("PG-FK-TYPE-MISMATCH", Severity.WARNING,
            "Foreign key column of another type than the referenced one",
            "An integer column referencing a bigint key overflows first, and comparisons need casts. Give the"
                    + " referencing columns the referenced columns' types.");
    static final FindingCode BTREE_ON_ARRAY = code("PG-BTREE-ON-ARRAY", Severity.WARNING,
            "B-tree index on an array column",
            "A B-tree index serves only equality of whole arrays, not the containment queries arrays are searched"
                    + " with (@>, &&). Use a GIN index.");
    static final FindingCode INDEX_WITH_NULLS = code("PG-INDEX-WITH-NULLS", Severity.INFO,
            "Index whose first column is nullable",
            "If most rows are NULL there, a partial index WHERE … IS NOT NULL is smaller and faster.");
    static final FindingCode INDEX_ON_BOOLEAN = code("PG-INDEX-ON-BOOLEAN", Severity.INFO,
            "Index on a boolean column",
            "A boolean has two values: the index rarely helps. A partial index on the rare value usually does.");
    static final FindingCode TIMESTAMP_NOT_LAST = code("PG-INDEX-TIMESTAMP-NOT-LAST", Severity.INFO,
            "Timestamp column in the middle of an index",
            "Columns after a range-searched timestamp cannot narrow the scan. Put the timestamp last.");
    static final FindingCode REDUNDANT_PREDICATE = code("PG-INDEX-REDUNDANT-PREDICATE", Severity.INFO,
            "Index predicate on a NOT NULL column",
            "WHERE col IS NOT NULL on a NOT NULL column filters nothing, but hides the index from queries without it.");
    static final FindingCode PK_SERIAL = code("PG-PK-SERIAL", Severity.INFO, "Primary key of a serial type",
            "serial columns keep a separately owned sequence; identity columns (GENERATED … AS IDENTITY) are the"
                    + " SQL-standard form with fewer surprises.");
    static final FindingCode COLUMN_SERIAL = code("PG-COLUMN-SERIAL", Severity.INFO,
            "serial column that is not a key",
            "A serial column that is neither a primary nor a foreign key is usually a mistake.");
    static final FindingCode PK_VARCHAR = code("PG-PK-VARCHAR", Severity.INFO, "Primary key of varchar(32/36/38)",
            "A UUID kept as text: uuid is half the size and compares faster.");
    static final FindingCode PK_NATURAL = code("PG-PK-NATURAL", Severity.INFO, "Natural primary key",
            "A primary key of business values changes when the business does; a surrogate key does not.");
    static final FindingCode TABLE_NOT_LINKED = code("PG-TABLE-NOT-LINKED", Severity.INFO,
            "Table linked to no other", "No foreign key from or to it: an orphan, or missing constraints.");
    static final FindingCode TABLE_FEW_COLUMNS = code("PG-TABLE-FEW-COLUMNS", Severity.INFO,
            "Table with zero or one column", "Usually unfinished or left over.");
    static final FindingCode PK_NOT_FIRST = code("PG-PK-NOT-FIRST", Severity.INFO,
            "Primary key columns not first", "By convention the key comes first, so that people find it.");
    static final FindingCode ALL_COLUMNS_NULLABLE = code("PG-ALL-COLUMNS-NULLABLE", Severity.INFO,
            "Every column but the key nullable", "Rows with nothing but a key are allowed: usually NOT NULL is missing.");
    static final FindingCode TABLE_INHERITANCE = code("PG-TABLE-INHERITANCE", Severity.INFO,
            "Table inheritance", "Inheritance (not partitioning) does not carry keys, indexes or foreign keys to"
                    + " children. Prefer declarative partitioning or plain tables.");
    static final FindingCode TABLE_WITHOUT_COMMENT = code("PG-TABLE-WITHOUT-COMMENT", Severity.INFO,
            "Table without a comment", "COMMENT ON TABLE tells the next person what it holds.");
    static final FindingCode COLUMN_WITHOUT_COMMENT = code("PG-COLUMN-WITHOUT-COMMENT", Severity.INFO,
            "Column without a comment", "COMMENT ON COLUMN tells the next person what it holds.");
    static final FindingCode FUNCTION_WITHOUT_COMMENT = code("PG-FUNCTION-WITHOUT-COMMENT", Severity.INFO,
            "Function without a comment", "COMMENT ON FUNCTION tells the next person what it does.");
    static final FindingCode COLUMN_JSON = code("PG-COLUMN-JSON", Severity.INFO, "json column",
            "json keeps text and reparses it on every access, and cannot be indexed with GIN. Use jsonb.");
    static final FindingCode COLUMN_MONEY = code("PG-COLUMN-MONEY", Severity.INFO, "money column",
            "money depends on lc_monetary and rounds to its fraction digits. Use numeric with a currency column.");
    static final FindingCode COLUMN_VARCHAR_LENGTH = code("PG-COLUMN-VARCHAR-LENGTH", Severity.INFO,
            "varchar(n) column", "A length limit in the type needs a table rewrite to change on older servers and"
                    + " encodes a rule the application owns. Use text, with a CHECK if the limit matters.");
    static final FindingCode COLUMN_CHAR = code("PG-COLUMN-CHAR", Severity.INFO, "char(n) column",
            "char(n) pads with blanks, which comparisons and lengths then ignore inconsistently. Use text.");
    static final FindingCode COLUMN_TIMESTAMP_WITHOUT_TZ = code("PG-COLUMN-TIMESTAMP-WITHOUT-TZ", Severity.INFO,
            "timestamp or timetz column", "timestamp without time zone loses the instant; timetz is not useful."
                    + " Use timestamptz.");
    static final FindingCode NAME_NEEDS_QUOTES = code("PG-NAME-NEEDS-QUOTES", Severity.INFO,
            "Object name that needs quotes", "Upper case or special characters force every query to quote it.");
    static final FindingCode COLUMN_NAME_NEEDS_QUOTES = code("PG-COLUMN-NAME-NEEDS-QUOTES", Severity.INFO,
            "Column name that needs quotes", "Upper case or special characters force every query to quote it.");
    static final FindingCode NAME_AT_MAX_LENGTH = code("PG-NAME-AT-MAX-LENGTH", Severity.INFO,
            "Name at the maximum identifier length",
            "PostgreSQL silently truncates longer names to 63 bytes: this one probably was, and the next one cut"
                    + " the same way collides.");
    static final FindingCode UNUSED_INDEX = code("PG-UNUSED-INDEX", Severity.WARNING, "Unused index",
            "Scanned fewer than 50 times since the statistics were reset: every write maintains it for nothing."
                    + " Check the replicas (each counts its own scans), then drop it.");
    static final FindingCode SEQUENTIAL_SCANS = code("PG-SEQUENTIAL-SCANS", Severity.WARNING,
            "Table read mostly by sequential scans",
            "More sequential than index scans on a table of some size: an index is probably missing. Find the"
                    + " queries (pg_stat_statements) and index them.");
    static final FindingCode TABLE_BLOAT = code("PG-TABLE-BLOAT", Severity.WARNING, "Bloated table",
            "A large part of the table is dead space (estimated from statistics): scans read it all. Let VACUUM"
                    + " catch up, or rewrite it (pg_repack, VACUUM FULL under an exclusive lock).");
    static final FindingCode INDEX_BLOAT = code("PG-INDEX-BLOAT", Severity.WARNING, "Bloated index",
            "A large part of the index is dead space (estimated from statistics). Rebuild it with REINDEX INDEX"
                    + " CONCURRENTLY.");

    private static FindingCode code(String code, Severity severity, String title, String help) {
        return new FindingCode(code, severity, title, help);
    }
}
