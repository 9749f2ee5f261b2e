package io.drift.postgres.health.internal;

import static io.drift.core.check.CheckTag.EXPENSIVE;
import static io.drift.core.check.CheckTag.HEALTH;
import static io.drift.core.check.CheckTag.INTEGRITY;
import static io.drift.core.check.CheckTag.PERFORMANCE;
import static io.drift.core.check.CheckTag.RUNTIME;
import static io.drift.core.check.CheckTag.STYLE;
import static io.drift.core.check.CheckTag.DANGER;

import io.drift.core.check.Check;
import io.drift.core.check.CheckTag;
import io.drift.core.check.Finding;
import io.drift.core.check.FindingCode;
import io.drift.core.check.Fix;
import io.drift.core.diff.Severity;
import io.drift.core.model.ObjectPath;
import io.drift.postgres.health.internal.HealthCheck.Definition;
import io.drift.postgres.health.internal.IndexHealthCheck.Found;
import io.drift.postgres.health.internal.IndexHealthCheck.Mapper;
import io.drift.postgres.health.internal.IndexHealthCheck.Precondition;
import io.drift.postgres.health.internal.IndexHealthCheck.Settings;

import io.github.mfvanek.pg.connection.PgConnection;
import io.github.mfvanek.pg.core.checks.common.DatabaseCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.BtreeIndexesOnArrayColumnsCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ColumnsNotFollowingNamingConventionCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ColumnsWithCharTypeCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ColumnsWithFixedLengthVarcharCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ColumnsWithJsonTypeCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ColumnsWithMoneyTypeCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ColumnsWithSerialTypesCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ColumnsWithTimestampOrTimetzTypeCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ColumnsWithoutDescriptionCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.DuplicatedForeignKeysCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ForeignKeysNotCoveredWithIndexCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ForeignKeysWithUnmatchedColumnTypeCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.FunctionsWithoutDescriptionCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.IndexesWithBloatCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.IndexesWithBooleanCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.IndexesWithNullValuesCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.IndexesWithTimestampInTheMiddleCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.IndexesWithUnnecessaryWhereClauseCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.IntersectedForeignKeysCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.InvalidIndexesCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.NotValidConstraintsCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ObjectsNotFollowingNamingConventionCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.PossibleObjectNameOverflowCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.PrimaryKeysThatMostLikelyNaturalKeysCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.PrimaryKeysWithSerialTypesCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.PrimaryKeysWithVarcharCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.SequenceOverflowCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.TablesNotLinkedToOthersCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.TablesWhereAllColumnsNullableExceptPrimaryKeyCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.TablesWherePrimaryKeyColumnsNotFirstCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.TablesWithBloatCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.TablesWithInheritanceCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.TablesWithMissingIndexesCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.TablesWithZeroOrOneColumnCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.TablesWithoutDescriptionCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.TablesWithoutPrimaryKeyCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.UnusedIndexesCheckOnHost;
import io.github.mfvanek.pg.model.column.AbstractColumnAware;
import io.github.mfvanek.pg.model.column.Column;
import io.github.mfvanek.pg.model.column.ColumnNameAware;
import io.github.mfvanek.pg.model.constraint.Constraint;
import io.github.mfvanek.pg.model.constraint.ConstraintType;
import io.github.mfvanek.pg.model.constraint.DuplicatedForeignKeys;
import io.github.mfvanek.pg.model.constraint.ForeignKey;
import io.github.mfvanek.pg.model.context.PgContext;
import io.github.mfvanek.pg.model.dbobject.AnyObject;
import io.github.mfvanek.pg.model.dbobject.DbObject;
import io.github.mfvanek.pg.model.dbobject.PgObjectType;
import io.github.mfvanek.pg.model.function.StoredFunction;
import io.github.mfvanek.pg.model.index.Index;
import io.github.mfvanek.pg.model.index.IndexWithBloat;
import io.github.mfvanek.pg.model.index.IndexWithColumns;
import io.github.mfvanek.pg.model.index.UnusedIndex;
import io.github.mfvanek.pg.model.sequence.SequenceState;
import io.github.mfvanek.pg.model.table.Table;
import io.github.mfvanek.pg.model.table.TableNameAware;
import io.github.mfvanek.pg.model.table.TableWithBloat;
import io.github.mfvanek.pg.model.table.TableWithColumns;
import io.github.mfvanek.pg.model.table.TableWithMissingIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every check of pg-index-health 0.31.0 ({@code Diagnostic}) as a Drift check: its id, codes, tags, options, and what
 * each of its results becomes (the object, a message naming it, and the fix where there is one).
 */
final class IndexHealthChecks {

    private IndexHealthChecks() {
    }

    // ---- codes -------------------------------------------------------------------------------------------------

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

    // ---- the checks ----------------------------------------------------------------------------------------------

    static List<Check> all() {
        List<Check> checks = new ArrayList<>();
        // Integrity and dangers: on.
        checks.add(check(def("pg.fk-without-index", "Foreign keys without an index that starts with their columns.",
                        true, FK_WITHOUT_INDEX, INTEGRITY, PERFORMANCE),
                ForeignKeysNotCoveredWithIndexCheckOnHost::new, Noun.of("foreign key without an index",
                        "foreign keys without an index"),
                mapper(fk -> List.of(fk.getTableName()), IndexHealthChecks::fkWithoutIndex)));
        checks.add(check(def("pg.table-without-pk", "Tables without a primary key (a partitioned table counts as"
                        + " having one when every partition has one).", true, TABLE_WITHOUT_PK, INTEGRITY),
                TablesWithoutPrimaryKeyCheckOnHost::new, Noun.of("table without a primary key",
                        "tables without a primary key"),
                mapper(t -> List.of(t.getTableName()), IndexHealthChecks::tableWithoutPk)));
        checks.add(new IndexHealthCheck<>(def("pg.invalid-index", "Invalid indexes left by a failed CREATE INDEX"
                        + " CONCURRENTLY or REINDEX CONCURRENTLY.", true, INVALID_INDEX, INTEGRITY),
                InvalidIndexesCheckOnHost::new, o -> Params.NONE,
                mapper(i -> List.of(i.getTableName(), i.getIndexName()), IndexHealthChecks::invalidIndex),
                Noun.of("invalid index", "invalid indexes"),
                // pg-index-health's query reads pg_stat_all_indexes for the schema name
                (c, p) -> Statistics.unreadable(c, "pg_catalog.pg_stat_all_indexes"), null));
        checks.add(new DuplicateIndexCheck());
        checks.add(new IndexHealthCheck<>(def("pg.not-valid-constraint", "Check and foreign key constraints of"
                        + " tables and domains added NOT VALID and never validated.", true, NOT_VALID_CONSTRAINT,
                        INTEGRITY),
                NotValidConstraintsCheckOnHost::new, o -> Params.NONE,
                mapper(c -> c.getTableName().equals("-") ? List.of() : List.of(c.getTableName()),
                        IndexHealthChecks::notValidConstraint),
                Noun.of("constraint not validated", "constraints not validated"), null,
                (c, schemas, p) -> Supplements.notValidDomainConstraints(c, schemas)));
        checks.add(new IndexHealthCheck<>(def("pg.sequence-near-limit", "Sequences that have used most of their"
                        + " range.", true, SEQUENCE_NEAR_LIMIT, Set.of(Params.THRESHOLD, Params.ERROR_THRESHOLD),
                        DANGER),
                SequenceOverflowCheckOnHost::new, new Settings<>() {
                    @Override
                    public Params read(io.drift.core.check.CheckOptions options) {
                        return Params.sequence(options);
                    }

                    @Override
                    public PgContext context(String schema, Params p) {
                        // pg-index-health keeps what remains, in percent (numeric(5,2)): round down so that a
                        // sequence exactly at the threshold is reported
                        double remaining = Math.floor((1.0 - p.threshold()) * 10_000) / 100.0;
                        return PgContext.of(schema, PgContext.DEFAULT_BLOAT_PERCENTAGE_THRESHOLD, remaining);
                    }
                },
                mapper(s -> List.of(s.getSequenceName()), IndexHealthChecks::sequenceNearLimit),
                Noun.of("sequence near its limit", "sequences near their limit"), null,
                (c, schemas, p) -> Supplements.unreadableSequences(c, schemas)));
        checks.add(check(def("pg.duplicate-fk", "Foreign keys identical to another on the same table.", true,
                        DUPLICATE_FK, INTEGRITY, PERFORMANCE),
                DuplicatedForeignKeysCheckOnHost::new, Noun.of("duplicate foreign key", "duplicate foreign keys"),
                mapper(d -> List.of(d.getTableName()), IndexHealthChecks::duplicateFk)));
        checks.add(check(def("pg.fk-type-mismatch", "Foreign keys whose columns differ in type from the columns"
                        + " they reference.", true, FK_TYPE_MISMATCH, INTEGRITY),
                ForeignKeysWithUnmatchedColumnTypeCheckOnHost::new, Noun.of("foreign key with mismatched types",
                        "foreign keys with mismatched types"),
                mapper(fk -> List.of(fk.getTableName()), IndexHealthChecks::fkTypeMismatch)));
        checks.add(check(def("pg.btree-on-array", "B-tree indexes on array columns.", true, BTREE_ON_ARRAY,
                        PERFORMANCE),
                BtreeIndexesOnArrayColumnsCheckOnHost::new, Noun.of("B-tree index on an array",
                        "B-tree indexes on arrays"),
                mapper(IndexHealthChecks::indexRelations, (f, p, facts) -> List.of(indexFinding(f, BTREE_ON_ARRAY,
                        "B-tree index " + indexSql(f.item()) + " on " + tableSql(f.item()) + " indexes the array"
                                + " column " + columnList(f.item().getColumns()) + ": it serves only equality of"
                                + " whole arrays, not @> or &&.",
                        Fix.action("Replace it with a GIN index: CREATE INDEX CONCURRENTLY ON "
                                + tableSql(f.item()) + " USING gin (" + columnList(f.item().getColumns())
                                + "); then DROP INDEX CONCURRENTLY " + indexSql(f.item()) + "."))))));
        // Runtime statistics: on, but expensive (skipped by the quick profile).
        checks.add(new IndexHealthCheck<>(def("pg.unused-index", "Indexes scanned fewer than 50 times since the"
                        + " statistics were reset.", true, UNUSED_INDEX,
                        Set.of(Params.MIN_SIZE, Params.MIN_STATISTICS_AGE), PERFORMANCE, RUNTIME, EXPENSIVE),
                UnusedIndexesCheckOnHost::new, o -> Params.workload(o, Params.DEFAULT_UNUSED_MIN_SIZE),
                mapper(IndexHealthChecks::indexRelations, IndexHealthChecks::unusedIndex),
                Noun.of("unused index", "unused indexes"),
                workloadPrecondition("pg_catalog.pg_stat_user_indexes"), null));
        checks.add(new IndexHealthCheck<>(def("pg.sequential-scans", "Tables of some size read mostly by"
                        + " sequential scans.", true, SEQUENTIAL_SCANS,
                        Set.of(Params.MIN_SIZE, Params.MIN_STATISTICS_AGE), PERFORMANCE, RUNTIME, EXPENSIVE),
                TablesWithMissingIndexesCheckOnHost::new, o -> Params.workload(o, Params.DEFAULT_SEQ_SCAN_MIN_SIZE),
                mapper(t -> List.of(t.getTableName()), IndexHealthChecks::sequentialScans),
                Noun.of("table read by sequential scans", "tables read by sequential scans"),
                workloadPrecondition("pg_catalog.pg_stat_all_tables"), null));
        checks.add(new IndexHealthCheck<>(def("pg.table-bloat", "Tables whose estimated bloat exceeds the"
                        + " threshold.", true, TABLE_BLOAT, Set.of(Params.THRESHOLD, Params.MIN_SIZE),
                        PERFORMANCE, RUNTIME, EXPENSIVE),
                TablesWithBloatCheckOnHost::new, bloatSettings(),
                mapper(t -> List.of(t.getTableName()), IndexHealthChecks::tableBloat),
                Noun.of("bloated table", "bloated tables"), (c, p) -> Supplements.noReadableTable(c),
                (c, schemas, p) -> Supplements.unreadableTables(c, schemas)));
        checks.add(new IndexHealthCheck<>(def("pg.index-bloat", "B-tree indexes whose estimated bloat exceeds the"
                        + " threshold.", true, INDEX_BLOAT, Set.of(Params.THRESHOLD, Params.MIN_SIZE),
                        PERFORMANCE, RUNTIME, EXPENSIVE),
                IndexesWithBloatCheckOnHost::new, bloatSettings(),
                mapper(IndexHealthChecks::indexRelations, IndexHealthChecks::indexBloat),
                Noun.of("bloated index", "bloated indexes"), (c, p) -> Supplements.noReadableTable(c),
                (c, schemas, p) -> Supplements.unreadableTables(c, schemas)));
        // Performance advice that is often deliberate: off unless turned on.
        checks.add(new OverlappingIndexCheck());
        checks.add(check(def("pg.overlapping-fk", "Foreign keys to the same table that share some columns.", false,
                        OVERLAPPING_FK, INTEGRITY),
                IntersectedForeignKeysCheckOnHost::new, Noun.of("pair of overlapping foreign keys",
                        "pairs of overlapping foreign keys"),
                mapper(d -> List.of(d.getTableName()), IndexHealthChecks::overlappingFk)));
        checks.add(indexAdvice("pg.index-with-nulls", "Indexes whose first column is nullable.", INDEX_WITH_NULLS,
                IndexesWithNullValuesCheckOnHost::new, Noun.of("index on a nullable column",
                        "indexes on nullable columns"),
                i -> "its first column " + columnList(i.getColumns()) + " is nullable: if most rows are NULL"
                        + " there, a partial index WHERE " + columnList(i.getColumns()) + " IS NOT NULL is smaller."));
        checks.add(indexAdvice("pg.index-on-boolean", "Indexes on boolean columns.", INDEX_ON_BOOLEAN,
                IndexesWithBooleanCheckOnHost::new, Noun.of("index on a boolean", "indexes on booleans"),
                i -> "it indexes the boolean " + columnList(i.getColumns()) + ": a partial index on the rare value"
                        + " usually serves better."));
        checks.add(indexAdvice("pg.index-timestamp-not-last", "Multi-column indexes with a timestamp before other"
                        + " columns.", TIMESTAMP_NOT_LAST, IndexesWithTimestampInTheMiddleCheckOnHost::new,
                Noun.of("index with a timestamp not last", "indexes with a timestamp not last"),
                i -> "a timestamp comes before other columns (" + columnList(i.getColumns()) + "): a range on it"
                        + " stops the columns after it from narrowing the scan."));
        checks.add(indexAdvice("pg.index-redundant-predicate", "Partial indexes WHERE … IS NOT NULL on a NOT NULL"
                        + " column.", REDUNDANT_PREDICATE, IndexesWithUnnecessaryWhereClauseCheckOnHost::new,
                Noun.of("index with a redundant predicate", "indexes with a redundant predicate"),
                i -> "its predicate tests IS NOT NULL on a NOT NULL column (" + columnList(i.getColumns()) + ")."));
        // Style and naming: off unless turned on.
        checks.add(check(def("pg.pk-serial", "Primary keys of serial types rather than identity columns.", false,
                        PK_SERIAL, STYLE),
                PrimaryKeysWithSerialTypesCheckOnHost::new, Noun.of("serial primary key", "serial primary keys"),
                mapper(c -> List.of(c.getTableName()), (f, p, facts) -> List.of(columnFinding(f, PK_SERIAL,
                        "Primary key column " + columnSql(f.item()) + " is " + f.item().getSerialType()
                                .getColumnType().toLowerCase(Locale.ROOT) + " (serial) rather than an identity"
                                + " column.", null)))));
        checks.add(check(def("pg.column-serial", "serial columns that are neither a primary nor a foreign key.",
                        false, COLUMN_SERIAL, STYLE),
                ColumnsWithSerialTypesCheckOnHost::new, Noun.of("serial column that is not a key",
                        "serial columns that are not keys"),
                mapper(c -> List.of(c.getTableName()), (f, p, facts) -> List.of(columnFinding(f, COLUMN_SERIAL,
                        "Column " + columnSql(f.item()) + " is serial but neither a primary nor a foreign key.",
                        null)))));
        checks.add(check(def("pg.pk-varchar", "Primary keys of varchar(32), (36) or (38): UUIDs kept as text.",
                        false, PK_VARCHAR, STYLE),
                PrimaryKeysWithVarcharCheckOnHost::new, Noun.of("varchar primary key", "varchar primary keys"),
                mapper(IndexHealthChecks::indexRelations, (f, p, facts) -> List.of(indexFinding(f, PK_VARCHAR,
                        "Primary key " + indexSql(f.item()) + " of " + tableSql(f.item()) + " is on varchar ("
                                + columnList(f.item().getColumns()) + "): a UUID kept as text?", null)))));
        checks.add(check(def("pg.pk-natural", "Primary keys of business values rather than surrogate keys.", false,
                        PK_NATURAL, STYLE),
                PrimaryKeysThatMostLikelyNaturalKeysCheckOnHost::new, Noun.of("natural primary key",
                        "natural primary keys"),
                mapper(IndexHealthChecks::indexRelations, (f, p, facts) -> List.of(indexFinding(f, PK_NATURAL,
                        "Primary key " + indexSql(f.item()) + " of " + tableSql(f.item()) + " is on ("
                                + columnList(f.item().getColumns()) + "), which look like business values.",
                        null)))));
        checks.add(tableAdvice("pg.table-not-linked", "Tables with no foreign key from or to another table.",
                TABLE_NOT_LINKED, TablesNotLinkedToOthersCheckOnHost::new, Noun.of("table linked to no other",
                        "tables linked to no other"), t -> "has no foreign key from or to another table."));
        checks.add(check(def("pg.table-few-columns", "Tables with zero or one column.", false, TABLE_FEW_COLUMNS,
                        STYLE),
                TablesWithZeroOrOneColumnCheckOnHost::new, Noun.of("table with at most one column",
                        "tables with at most one column"),
                mapper(t -> List.of(t.getTableName()), (f, p, facts) -> List.of(tableFinding(f.item().getTableName(),
                        TABLE_FEW_COLUMNS, "Table " + sql(f.item().getTableName()) + " has "
                                + (f.item().getColumns().isEmpty() ? "no columns."
                                : "one column, " + columnList(f.item().getColumns()) + "."), null)))));
        checks.add(tableAdvice("pg.pk-not-first", "Tables whose primary key columns are not the first columns.",
                PK_NOT_FIRST, TablesWherePrimaryKeyColumnsNotFirstCheckOnHost::new, Noun.of(
                        "table whose key is not first", "tables whose key is not first"),
                t -> "does not start with its primary key columns."));
        checks.add(tableAdvice("pg.all-columns-nullable", "Tables where every column but the primary key is"
                        + " nullable.", ALL_COLUMNS_NULLABLE, TablesWhereAllColumnsNullableExceptPrimaryKeyCheckOnHost::new,
                Noun.of("table with every column nullable", "tables with every column nullable"),
                t -> "has no NOT NULL column besides its primary key."));
        checks.add(tableAdvice("pg.table-inheritance", "Tables that inherit from another (not partitions).",
                TABLE_INHERITANCE, TablesWithInheritanceCheckOnHost::new, Noun.of("inheriting table",
                        "inheriting tables"), t -> "inherits from another table (table inheritance, not"
                        + " partitioning)."));
        checks.add(tableAdvice("pg.table-without-comment", "Tables without a comment.", TABLE_WITHOUT_COMMENT,
                TablesWithoutDescriptionCheckOnHost::new, Noun.of("table without a comment",
                        "tables without a comment"), t -> "has no comment."));
        checks.add(check(def("pg.column-without-comment", "Columns without a comment.", false,
                        COLUMN_WITHOUT_COMMENT, STYLE),
                ColumnsWithoutDescriptionCheckOnHost::new, Noun.of("column without a comment",
                        "columns without a comment"),
                mapper(c -> List.of(c.getTableName()), (f, p, facts) -> List.of(plainColumnFinding(f.item(),
                        COLUMN_WITHOUT_COMMENT, "has no comment.")))));
        checks.add(check(def("pg.function-without-comment", "Functions and procedures without a comment.", false,
                        FUNCTION_WITHOUT_COMMENT, STYLE),
                FunctionsWithoutDescriptionCheckOnHost::new, Noun.of("function without a comment",
                        "functions without a comment"),
                routineMapper((f, facts) -> List.of(Finding.of(FUNCTION_WITHOUT_COMMENT, routine(f),
                        "Function " + routineSql(f) + " has no comment.")))));
        checks.add(columnAdvice("pg.column-json", "json columns (rather than jsonb).", COLUMN_JSON,
                ColumnsWithJsonTypeCheckOnHost::new, Noun.of("json column", "json columns"),
                c -> "is json: use jsonb."));
        checks.add(columnAdvice("pg.column-money", "money columns.", COLUMN_MONEY,
                ColumnsWithMoneyTypeCheckOnHost::new, Noun.of("money column", "money columns"),
                c -> "is money: use numeric, with the currency in a column of its own."));
        checks.add(columnAdvice("pg.column-varchar-length", "varchar(n) columns.", COLUMN_VARCHAR_LENGTH,
                ColumnsWithFixedLengthVarcharCheckOnHost::new, Noun.of("varchar(n) column", "varchar(n) columns"),
                c -> "has a length limit in its type: use text, with a CHECK if the limit matters."));
        checks.add(columnAdvice("pg.column-char", "char(n) columns.", COLUMN_CHAR,
                ColumnsWithCharTypeCheckOnHost::new, Noun.of("char(n) column", "char(n) columns"),
                c -> "is char(n), which pads with blanks: use text."));
        checks.add(columnAdvice("pg.column-timestamp-without-tz", "timestamp (without time zone) and timetz"
                        + " columns.", COLUMN_TIMESTAMP_WITHOUT_TZ, ColumnsWithTimestampOrTimetzTypeCheckOnHost::new,
                Noun.of("timestamp without time zone column", "timestamp without time zone columns"),
                c -> "is " + c.getColumnType() + ": use timestamptz."));
        checks.add(check(def("pg.name-needs-quotes", "Tables, indexes, sequences, views, functions and constraints"
                        + " whose names need quotes.", false, NAME_NEEDS_QUOTES, STYLE),
                ObjectsNotFollowingNamingConventionCheckOnHost::new, Noun.of("name that needs quotes",
                        "names that need quotes"),
                anyObjectMapper(NAME_NEEDS_QUOTES, "needs quotes (upper case or special characters).")));
        checks.add(check(def("pg.column-name-needs-quotes", "Columns whose names need quotes.", false,
                        COLUMN_NAME_NEEDS_QUOTES, STYLE),
                ColumnsNotFollowingNamingConventionCheckOnHost::new, Noun.of("column name that needs quotes",
                        "column names that need quotes"),
                mapper(c -> List.of(c.getTableName()), (f, p, facts) -> List.of(plainColumnFinding(f.item(),
                        COLUMN_NAME_NEEDS_QUOTES, "needs quotes (upper case or special characters).")))));
        checks.add(check(def("pg.name-at-max-length", "Names exactly as long as PostgreSQL allows, probably"
                        + " truncated.", false, NAME_AT_MAX_LENGTH, STYLE),
                PossibleObjectNameOverflowCheckOnHost::new, Noun.of("name at the maximum length",
                        "names at the maximum length"),
                anyObjectMapper(NAME_AT_MAX_LENGTH, "is exactly as long as PostgreSQL allows (max_identifier_length):"
                        + " a longer name was probably truncated to it.")));
        return List.copyOf(checks);
    }

    // ---- building blocks -----------------------------------------------------------------------------------------

    private static Definition def(String id, String description, boolean on, FindingCode code, CheckTag... tags) {
        return def(id, description, on, code, Set.of(), tags);
    }

    private static Definition def(String id, String description, boolean on, FindingCode code, Set<String> options,
                                  CheckTag... tags) {
        Set<CheckTag> all = new java.util.TreeSet<>(List.of(tags));
        all.add(HEALTH);
        return new Definition(id, description, all, on, List.of(code), options);
    }

    private static <T extends DbObject> IndexHealthCheck<T, Params> check(
            Definition definition, Function<PgConnection, DatabaseCheckOnHost<T>> factory, Noun noun,
            Mapper<T, Params> mapper) {
        return new IndexHealthCheck<>(definition, factory, o -> Params.NONE, mapper, noun, null, null);
    }

    /** The findings of one item. */
    @FunctionalInterface
    interface ToFindings<T> {
        List<Finding> apply(Found<T> found, Params params, Catalog.Facts facts);
    }

    private static <T> Mapper<T, Params> mapper(Function<T, List<String>> relations, ToFindings<T> findings) {
        return new Mapper<>() {
            @Override
            public List<String> relations(T item) {
                return relations.apply(item);
            }

            @Override
            public List<Finding> findings(Found<T> found, Params settings, Catalog.Facts facts) {
                return findings.apply(found, settings, facts);
            }
        };
    }

    private static Settings<Params> bloatSettings() {
        return new Settings<>() {
            @Override
            public Params read(io.drift.core.check.CheckOptions options) {
                return Params.bloat(options);
            }

            @Override
            public PgContext context(String schema, Params p) {
                return PgContext.of(schema, p.threshold() * 100.0);
            }
        };
    }

    private static Precondition<Params> workloadPrecondition(String view) {
        return (connection, p) -> {
            String why = Statistics.unreadable(connection, view, "pg_catalog.pg_stat_database");
            return why != null ? why : Statistics.tooYoung(connection, p.minStatisticsAge());
        };
    }

    private static <T extends IndexWithColumns> IndexHealthCheck<IndexWithColumns, Params> indexAdvice(
            String id, String description, FindingCode code,
            Function<PgConnection, DatabaseCheckOnHost<IndexWithColumns>> factory, Noun noun,
            Function<IndexWithColumns, String> why) {
        return check(def(id, description, false, code, PERFORMANCE), factory, noun,
                mapper(IndexHealthChecks::indexRelations, (f, p, facts) -> List.of(indexFinding(f, code,
                        "Index " + indexSql(f.item()) + " on " + tableSql(f.item()) + ": " + why.apply(f.item()),
                        null))));
    }

    private static IndexHealthCheck<Table, Params> tableAdvice(String id, String description, FindingCode code,
            Function<PgConnection, DatabaseCheckOnHost<Table>> factory, Noun noun, Function<Table, String> why) {
        return check(def(id, description, false, code, STYLE), factory, noun,
                mapper(t -> List.of(t.getTableName()), (f, p, facts) -> List.of(tableFinding(f.item().getTableName(),
                        code, "Table " + sql(f.item().getTableName()) + " " + why.apply(f.item()), null))));
    }

    private static <T extends AbstractColumnAware> IndexHealthCheck<T, Params> columnAdvice(String id,
            String description, FindingCode code, Function<PgConnection, DatabaseCheckOnHost<T>> factory, Noun noun,
            Function<T, String> why) {
        return check(def(id, description, false, code, STYLE), factory, noun,
                mapper(c -> List.of(c.getTableName()), (f, p, facts) -> List.of(columnFinding(f, code,
                        "Column " + columnSql(f.item()) + " " + why.apply(f.item()), null))));
    }

    // ---- names -------------------------------------------------------------------------------------------------

    /** The path of a relation pg-index-health names. */
    static ObjectPath table(String rendered) {
        return Identifiers.relation(rendered);
    }

    /** A relation pg-index-health names, as SQL. */
    static String sql(String rendered) {
        return Identifiers.relationSql(rendered);
    }

    private static String tableSql(TableNameAware item) {
        return sql(item.getTableName());
    }

    private static String indexSql(io.github.mfvanek.pg.model.index.IndexNameAware item) {
        return sql(item.getIndexName());
    }

    /** An index is a member of its table: {@code public.orders/orders_created_idx}. */
    private static ObjectPath indexPath(String tableRendered, String indexRendered) {
        return table(tableRendered).member(Identifiers.relation(indexRendered).name());
    }

    private static String columnSql(AbstractColumnAware column) {
        return sql(column.getTableName()) + "." + column.getColumnName();
    }

    /** Columns as pg-index-health renders them ({@code quote_ident}), comma-separated: ready for SQL. */
    private static String columnList(List<? extends ColumnNameAware> columns) {
        return columns.stream().map(ColumnNameAware::getColumnName).collect(Collectors.joining(", "));
    }

    private static Finding tableFinding(String tableRendered, FindingCode code, String message, Fix fix) {
        Finding f = Finding.of(code, table(tableRendered), message);
        return fix == null ? f : f.withFix(fix);
    }

    private static <T extends io.github.mfvanek.pg.model.index.AbstractIndexAware> Finding indexFinding(
            Found<T> found, FindingCode code, String message, Fix fix) {
        Finding f = Finding.of(code, indexPath(found.item().getTableName(), found.item().getIndexName()), message);
        return fix == null ? f : f.withFix(fix);
    }

    private static <T extends AbstractColumnAware> Finding columnFinding(Found<T> found, FindingCode code,
                                                                       String message, Fix fix) {
        ObjectPath path = table(found.item().getTableName()).child(Identifiers.unquote(found.item().getColumnName()));
        Finding f = Finding.of(code, path, message);
        return fix == null ? f : f.withFix(fix);
    }

    private static Finding plainColumnFinding(Column column, FindingCode code, String why) {
        return Finding.of(code, table(column.getTableName()).child(Identifiers.unquote(column.getColumnName())),
                "Column " + sql(column.getTableName()) + "." + column.getColumnName() + " " + why);
    }

    private static List<String> indexRelations(io.github.mfvanek.pg.model.index.AbstractIndexAware index) {
        return List.of(index.getTableName(), index.getIndexName());
    }

    // ---- what each result becomes ----------------------------------------------------------------------------------

    private static List<Finding> fkWithoutIndex(Found<ForeignKey> found, Params p, Catalog.Facts facts) {
        ForeignKey fk = found.item();
        String table = sql(fk.getTableName());
        String columns = columnList(fk.getColumns());
        boolean partitioned = facts.relation(fk.getTableName()).map(Catalog.Relation::partitioned).orElse(false);
        Fix fix = partitioned
                ? Fix.sql("-- CONCURRENTLY is not possible on a partitioned table: this blocks writes to every"
                + " partition while it builds.\nCREATE INDEX ON " + table + " (" + columns + ");")
                : Fix.sql("CREATE INDEX CONCURRENTLY ON " + table + " (" + columns + ");");
        return List.of(Finding.of(FK_WITHOUT_INDEX, table(fk.getTableName()).member(Identifiers.unquote(
                        fk.getConstraintName())), "Foreign key " + fk.getConstraintName() + " on " + table + " ("
                        + columns + ") has no index that starts with its columns: every delete or key update in the"
                        + " table it references scans " + table + ".")
                .withFix(fix));
    }

    private static List<Finding> tableWithoutPk(Found<Table> found, Params p, Catalog.Facts facts) {
        String name = found.item().getTableName();
        Optional<Catalog.Relation> relation = facts.relation(name);
        if (relation.map(Catalog.Relation::partition).orElse(false)) {
            // a partition lacks a key only when its parent does, and the parent is reported
            return List.of();
        }
        boolean partitioned = relation.map(Catalog.Relation::partitioned).orElse(false);
        if (partitioned && relation.get().leavesHavePrimaryKey()) {
            return List.of();
        }
        String table = sql(name);
        return List.of(tableFinding(name, TABLE_WITHOUT_PK, (partitioned
                        ? "Partitioned table " + table + " has no primary key, and not all its partitions have one"
                        : "Table " + table + " has no primary key")
                        + ": its rows cannot be told apart reliably, and logical replication cannot replicate its"
                        + " updates and deletes.",
                Fix.action("Add a primary key: ALTER TABLE " + table + " ADD PRIMARY KEY (…). On a large table,"
                        + " build its index first with CREATE UNIQUE INDEX CONCURRENTLY, then ALTER TABLE " + table
                        + " ADD CONSTRAINT … PRIMARY KEY USING INDEX ….")));
    }

    private static List<Finding> invalidIndex(Found<Index> found, Params p, Catalog.Facts facts) {
        Index index = found.item();
        if (facts.relation(index.getIndexName()).map(Catalog.Relation::beingBuilt).orElse(false)) {
            return List.of();   // CREATE INDEX CONCURRENTLY is building it right now
        }
        String name = sql(index.getIndexName());
        String bare = Identifiers.relation(index.getIndexName()).name();
        // REINDEX CONCURRENTLY leaves its failed copy as <name>_ccnew (or the old one as _ccold): drop that one,
        // the original index is still there
        boolean leftByReindex = bare.matches(".*_cc(new|old)[0-9]*");
        Fix fix = leftByReindex
                ? Fix.sql("DROP INDEX CONCURRENTLY " + name + ";")
                : Fix.sql("REINDEX INDEX CONCURRENTLY " + name + ";");
        return List.of(Finding.of(INVALID_INDEX, indexPath(index.getTableName(), index.getIndexName()),
                "Index " + name + " on " + sql(index.getTableName()) + " is invalid"
                        + (leftByReindex ? " (a copy left by a failed REINDEX CONCURRENTLY)" : "")
                        + ": queries do not use it, yet writes may still maintain it.").withFix(fix));
    }

    private static List<Finding> notValidConstraint(Found<Constraint> found, Params p, Catalog.Facts facts) {
        Constraint c = found.item();
        if (c.getTableName().equals("-")) {
            return List.of();   // a domain's constraint: Supplements.notValidDomainConstraints reports those
        }
        String table = sql(c.getTableName());
        String kind = c.getConstraintType() == ConstraintType.FOREIGN_KEY ? "Foreign key" : "Check constraint";
        return List.of(Finding.of(NOT_VALID_CONSTRAINT, table(c.getTableName()).member(Identifiers.unquote(
                        c.getConstraintName())), kind + " " + c.getConstraintName() + " on " + table
                        + " was added NOT VALID and never validated: rows from before may break it.")
                .withFix(Fix.sql("ALTER TABLE " + table + " VALIDATE CONSTRAINT " + c.getConstraintName() + ";")));
    }

    private static List<Finding> sequenceNearLimit(Found<SequenceState> found, Params p, Catalog.Facts facts) {
        SequenceState s = found.item();
        double used = (100.0 - s.getRemainingPercentage()) / 100.0;
        Severity severity = used >= p.errorThreshold() ? Severity.ERROR : Severity.WARNING;
        String name = sql(s.getSequenceName());
        String type = s.getDataType();
        Fix fix = "bigint".equals(type)
                ? Fix.action("Make it cycle, restart it, or give it a new range: a bigint sequence cannot be widened.")
                : Fix.action("Widen it before it runs out: ALTER SEQUENCE " + name + " AS bigint; and every column"
                + " it feeds: ALTER TABLE … ALTER COLUMN … TYPE bigint (a table rewrite under an ACCESS EXCLUSIVE"
                + " lock: plan it).");
        return List.of(Finding.of(SEQUENCE_NEAR_LIMIT, severity, table(s.getSequenceName()), "Sequence " + name
                + " (" + type + ") has used " + Texts.percent(used) + " of its range: once it reaches its limit,"
                + " every insert that takes a value from it fails.").withFix(fix));
    }

    private static List<Finding> duplicateFk(Found<DuplicatedForeignKeys> found, Params p, Catalog.Facts facts) {
        List<ForeignKey> fks = found.item().getForeignKeys();
        ForeignKey kept = fks.get(0);
        List<Finding> out = new ArrayList<>();
        String table = sql(found.item().getTableName());
        for (ForeignKey extra : fks.subList(1, fks.size())) {
            out.add(Finding.of(DUPLICATE_FK, table(found.item().getTableName()).member(Identifiers.unquote(
                            extra.getConstraintName())), "Foreign key " + extra.getConstraintName() + " on " + table
                            + " duplicates " + kept.getConstraintName() + " (" + columnList(extra.getColumns())
                            + ", same referenced table).")
                    .withFix(Fix.sql("ALTER TABLE " + table + " DROP CONSTRAINT " + extra.getConstraintName()
                            + ";")));
        }
        return out;
    }

    private static List<Finding> overlappingFk(Found<DuplicatedForeignKeys> found, Params p, Catalog.Facts facts) {
        List<ForeignKey> fks = found.item().getForeignKeys();
        String table = sql(found.item().getTableName());
        return List.of(Finding.of(OVERLAPPING_FK, table(found.item().getTableName()).member(Identifiers.unquote(
                fks.get(0).getConstraintName())), "Foreign keys " + fks.stream().map(ForeignKey::getConstraintName)
                .collect(Collectors.joining(" and ")) + " on " + table + " reference the same table with"
                + " overlapping columns."));
    }

    private static List<Finding> fkTypeMismatch(Found<ForeignKey> found, Params p, Catalog.Facts facts) {
        ForeignKey fk = found.item();
        String table = sql(fk.getTableName());
        return List.of(Finding.of(FK_TYPE_MISMATCH, table(fk.getTableName()).member(Identifiers.unquote(
                        fk.getConstraintName())), "Foreign key " + fk.getConstraintName() + " on " + table
                        + ": column " + quoteAll(fk.getColumns()) + " differs in type from the column it"
                        + " references.")
                .withFix(Fix.action("Give " + table + "." + quoteAll(fk.getColumns()) + " the referenced column's"
                        + " type: ALTER TABLE " + table + " ALTER COLUMN … TYPE … (a table rewrite: plan it).")));
    }

    /** The unmatched-types query renders column names unquoted: quote them here. */
    private static String quoteAll(List<? extends ColumnNameAware> columns) {
        return columns.stream().map(c -> quoteIdent(c.getColumnName())).collect(Collectors.joining(", "));
    }

    private static String quoteIdent(String name) {
        return name.matches("[a-z_][a-z0-9_$]*") ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static List<Finding> unusedIndex(Found<UnusedIndex> found, Params p, Catalog.Facts facts) {
        UnusedIndex i = found.item();
        if (i.getIndexSizeInBytes() < p.minSize()) {
            return List.of();
        }
        return List.of(indexFinding(found, UNUSED_INDEX, "Index " + indexSql(i) + " on " + tableSql(i) + " ("
                        + Sizes.pretty(i.getIndexSizeInBytes()) + ") was scanned " + i.getIndexScans() + " times"
                        + " since the statistics were reset: every write maintains it for nothing.",
                Fix.sql("-- check that no replica uses it first: each server counts its own scans\nDROP INDEX"
                        + " CONCURRENTLY " + indexSql(i) + ";")));
    }

    private static List<Finding> sequentialScans(Found<TableWithMissingIndex> found, Params p, Catalog.Facts facts) {
        TableWithMissingIndex t = found.item();
        if (t.getTableSizeInBytes() < p.minSize()) {
            return List.of();
        }
        return List.of(tableFinding(t.getTableName(), SEQUENTIAL_SCANS, "Table " + tableSql(t) + " ("
                        + Sizes.pretty(t.getTableSizeInBytes()) + ") was read by " + Texts.number(t.getSeqScans())
                        + " sequential scans and " + Texts.number(t.getIndexScans()) + " index scans: an index is"
                        + " probably missing.",
                Fix.action("Find the queries that scan it (pg_stat_statements) and index what they filter on.")));
    }

    private static List<Finding> tableBloat(Found<TableWithBloat> found, Params p, Catalog.Facts facts) {
        TableWithBloat t = found.item();
        if (t.getTableSizeInBytes() < p.minSize()) {
            return List.of();
        }
        return List.of(tableFinding(t.getTableName(), TABLE_BLOAT, "Table " + tableSql(t) + " ("
                        + Sizes.pretty(t.getTableSizeInBytes()) + ") is about " + Texts.percent(
                        t.getBloatPercentage() / 100.0) + " bloat (" + Sizes.pretty(t.getBloatSizeInBytes())
                        + ", estimated from its statistics).",
                Fix.action("Let VACUUM catch up (check autovacuum keeps up with it), or rewrite it online with"
                        + " pg_repack; VACUUM FULL " + tableSql(t) + " rewrites it under an exclusive lock.")));
    }

    private static List<Finding> indexBloat(Found<IndexWithBloat> found, Params p, Catalog.Facts facts) {
        IndexWithBloat i = found.item();
        if (i.getIndexSizeInBytes() < p.minSize()) {
            return List.of();
        }
        return List.of(indexFinding(found, INDEX_BLOAT, "Index " + indexSql(i) + " on " + tableSql(i) + " ("
                        + Sizes.pretty(i.getIndexSizeInBytes()) + ") is about " + Texts.percent(
                        i.getBloatPercentage() / 100.0) + " bloat (" + Sizes.pretty(i.getBloatSizeInBytes())
                        + ", estimated from its statistics).",
                Fix.sql("REINDEX INDEX CONCURRENTLY " + indexSql(i) + ";")));
    }

    // ---- functions and objects of any kind ------------------------------------------------------------------------

    private static Mapper<StoredFunction, Params> routineMapper(
            BiFunction<Found<StoredFunction>, Catalog.Facts, List<Finding>> findings) {
        return new Mapper<>() {
            @Override
            public List<String> relations(StoredFunction item) {
                return List.of();
            }

            @Override
            public boolean routines() {
                return true;
            }

            @Override
            public List<Finding> findings(Found<StoredFunction> found, Params settings, Catalog.Facts facts) {
                if (facts.extensionRoutine(found.schema(), bareName(found.item().getFunctionName()))) {
                    return List.of();
                }
                return findings.apply(found, facts);
            }
        };
    }

    /** pg-index-health names a function {@code name} in public, {@code schema.name} elsewhere. */
    private static String bareName(String rendered) {
        List<String> parts = Identifiers.parse(rendered);
        return parts.get(parts.size() - 1);
    }

    private static ObjectPath routine(Found<StoredFunction> f) {
        return ObjectPath.of(f.schema(), bareName(f.item().getFunctionName()) + "("
                + f.item().getFunctionSignature() + ")");
    }

    private static String routineSql(Found<StoredFunction> f) {
        return quoteIdent(f.schema()) + "." + quoteIdent(bareName(f.item().getFunctionName())) + "("
                + f.item().getFunctionSignature() + ")";
    }

    private static Mapper<AnyObject, Params> anyObjectMapper(FindingCode code, String why) {
        return new Mapper<>() {
            @Override
            public List<String> relations(AnyObject item) {
                return isRelation(item) ? List.of(item.getName()) : List.of();
            }

            @Override
            public boolean routines() {
                return true;
            }

            @Override
            public List<Finding> findings(Found<AnyObject> found, Params settings, Catalog.Facts facts) {
                AnyObject o = found.item();
                String kind = o.getObjectType().name().toLowerCase(Locale.ROOT).replace('_', ' ');
                ObjectPath path;
                String shown;
                if (isRelation(o)) {
                    path = table(o.getName());
                    shown = sql(o.getName());
                } else {
                    String bare = bareName(o.getName());
                    if (o.getObjectType() == PgObjectType.FUNCTION && facts.extensionRoutine(found.schema(), bare)) {
                        return List.of();
                    }
                    path = ObjectPath.of(found.schema(), bare);
                    shown = quoteIdent(found.schema()) + "." + quoteIdent(bare);
                }
                return List.of(Finding.of(code, path, Character.toUpperCase(kind.charAt(0)) + kind.substring(1)
                        + " " + shown + " " + why));
            }
        };
    }

    private static boolean isRelation(AnyObject o) {
        return o.getObjectType() != PgObjectType.FUNCTION && o.getObjectType() != PgObjectType.CONSTRAINT;
    }
}
