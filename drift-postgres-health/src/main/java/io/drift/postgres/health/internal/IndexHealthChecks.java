package io.drift.postgres.health.internal;

import static io.drift.core.check.CheckTag.HEALTH;
import static io.drift.core.check.CheckTag.INTEGRITY;
import static io.drift.core.check.CheckTag.PERFORMANCE;
import static io.drift.core.check.CheckTag.STYLE;

import io.drift.core.check.Check;
import io.drift.core.check.CheckTag;
import io.drift.core.check.Finding;
import io.drift.core.check.FindingCode;
import io.drift.core.check.Fix;
import io.drift.core.model.ObjectPath;
import io.drift.postgres.health.internal.HealthCheck.Definition;
import io.drift.postgres.health.internal.IndexHealthCheck.Found;
import io.drift.postgres.health.internal.IndexHealthCheck.Mapper;

import io.github.mfvanek.pg.connection.PgConnection;
import io.github.mfvanek.pg.core.checks.common.DatabaseCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ColumnsNotFollowingNamingConventionCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ColumnsWithCharTypeCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ColumnsWithFixedLengthVarcharCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ColumnsWithJsonTypeCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ColumnsWithMoneyTypeCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ColumnsWithSerialTypesCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ColumnsWithTimestampOrTimetzTypeCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ColumnsWithoutDescriptionCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.FunctionsWithoutDescriptionCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.IndexesWithBooleanCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.IndexesWithNullValuesCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.IndexesWithTimestampInTheMiddleCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.IndexesWithUnnecessaryWhereClauseCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.IntersectedForeignKeysCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ObjectsNotFollowingNamingConventionCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.PossibleObjectNameOverflowCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.PrimaryKeysThatMostLikelyNaturalKeysCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.PrimaryKeysWithSerialTypesCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.PrimaryKeysWithVarcharCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.TablesNotLinkedToOthersCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.TablesWhereAllColumnsNullableExceptPrimaryKeyCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.TablesWherePrimaryKeyColumnsNotFirstCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.TablesWithInheritanceCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.TablesWithZeroOrOneColumnCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.TablesWithoutDescriptionCheckOnHost;
import io.github.mfvanek.pg.model.column.AbstractColumnAware;
import io.github.mfvanek.pg.model.column.Column;
import io.github.mfvanek.pg.model.column.ColumnNameAware;
import io.github.mfvanek.pg.model.constraint.DuplicatedForeignKeys;
import io.github.mfvanek.pg.model.constraint.ForeignKey;
import io.github.mfvanek.pg.model.dbobject.AnyObject;
import io.github.mfvanek.pg.model.dbobject.DbObject;
import io.github.mfvanek.pg.model.dbobject.PgObjectType;
import io.github.mfvanek.pg.model.function.StoredFunction;
import io.github.mfvanek.pg.model.index.Index;
import io.github.mfvanek.pg.model.index.IndexWithColumns;
import io.github.mfvanek.pg.model.table.Table;
import io.github.mfvanek.pg.model.table.TableNameAware;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    // ---- the checks ----------------------------------------------------------------------------------------------

    static List<Check> all() {
        List<Check> checks = new ArrayList<>();
        // Advice that is often deliberate, and style and naming: off unless turned on.
        checks.add(check(def("pg.overlapping-fk", "Foreign keys to the same table that share some columns.", false,
                        Codes.OVERLAPPING_FK, INTEGRITY),
                IntersectedForeignKeysCheckOnHost::new, Noun.of("pair of overlapping foreign keys",
                        "pairs of overlapping foreign keys"),
                mapper(d -> List.of(d.getTableName()), IndexHealthChecks::overlappingFk)));
        checks.add(indexAdvice("pg.index-with-nulls", "Indexes whose first column is nullable.", Codes.INDEX_WITH_NULLS,
                IndexesWithNullValuesCheckOnHost::new, Noun.of("index on a nullable column",
                        "indexes on nullable columns"),
                i -> "its first column " + columnList(i.getColumns()) + " is nullable: if most rows are NULL"
                        + " there, a partial index WHERE " + columnList(i.getColumns()) + " IS NOT NULL is smaller."));
        checks.add(indexAdvice("pg.index-on-boolean", "Indexes on boolean columns.", Codes.INDEX_ON_BOOLEAN,
                IndexesWithBooleanCheckOnHost::new, Noun.of("index on a boolean", "indexes on booleans"),
                i -> "it indexes the boolean " + columnList(i.getColumns()) + ": a partial index on the rare value"
                        + " usually serves better."));
        checks.add(indexAdvice("pg.index-timestamp-not-last", "Multi-column indexes with a timestamp before other"
                        + " columns.", Codes.TIMESTAMP_NOT_LAST, IndexesWithTimestampInTheMiddleCheckOnHost::new,
                Noun.of("index with a timestamp not last", "indexes with a timestamp not last"),
                i -> "a timestamp comes before other columns (" + columnList(i.getColumns()) + "): a range on it"
                        + " stops the columns after it from narrowing the scan."));
        checks.add(indexAdvice("pg.index-redundant-predicate", "Partial indexes WHERE … IS NOT NULL on a NOT NULL"
                        + " column.", Codes.REDUNDANT_PREDICATE, IndexesWithUnnecessaryWhereClauseCheckOnHost::new,
                Noun.of("index with a redundant predicate", "indexes with a redundant predicate"),
                i -> "its predicate tests IS NOT NULL on a NOT NULL column (" + columnList(i.getColumns()) + ")."));
        checks.add(check(def("pg.pk-serial", "Primary keys of serial types rather than identity columns.", false,
                        Codes.PK_SERIAL, STYLE),
                PrimaryKeysWithSerialTypesCheckOnHost::new, Noun.of("serial primary key", "serial primary keys"),
                mapper(c -> List.of(c.getTableName()), (f, facts) -> List.of(columnFinding(f, Codes.PK_SERIAL,
                        "Primary key column " + columnSql(f.item()) + " is " + f.item().getSerialType()
                                .getColumnType().toLowerCase(Locale.ROOT) + " (serial) rather than an identity"
                                + " column.", null)))));
        checks.add(check(def("pg.column-serial", "serial columns that are neither a primary nor a foreign key.",
                        false, Codes.COLUMN_SERIAL, STYLE),
                ColumnsWithSerialTypesCheckOnHost::new, Noun.of("serial column that is not a key",
                        "serial columns that are not keys"),
                mapper(c -> List.of(c.getTableName()), (f, facts) -> List.of(columnFinding(f, Codes.COLUMN_SERIAL,
                        "Column " + columnSql(f.item()) + " is serial but neither a primary nor a foreign key.",
                        null)))));
        checks.add(check(def("pg.pk-varchar", "Primary keys of varchar(32), (36) or (38): UUIDs kept as text.",
                        false, Codes.PK_VARCHAR, STYLE),
                PrimaryKeysWithVarcharCheckOnHost::new, Noun.of("varchar primary key", "varchar primary keys"),
                mapper(IndexHealthChecks::indexRelations, (f, facts) -> List.of(indexFinding(f, Codes.PK_VARCHAR,
                        "Primary key " + indexSql(f.item()) + " of " + tableSql(f.item()) + " is on varchar ("
                                + columnList(f.item().getColumns()) + "): a UUID kept as text?", null)))));
        checks.add(check(def("pg.pk-natural", "Primary keys of business values rather than surrogate keys.", false,
                        Codes.PK_NATURAL, STYLE),
                PrimaryKeysThatMostLikelyNaturalKeysCheckOnHost::new, Noun.of("natural primary key",
                        "natural primary keys"),
                mapper(IndexHealthChecks::indexRelations, (f, facts) -> List.of(indexFinding(f, Codes.PK_NATURAL,
                        "Primary key " + indexSql(f.item()) + " of " + tableSql(f.item()) + " is on ("
                                + columnList(f.item().getColumns()) + "), which look like business values.",
                        null)))));
        checks.add(tableAdvice("pg.table-not-linked", "Tables with no foreign key from or to another table.",
                Codes.TABLE_NOT_LINKED, TablesNotLinkedToOthersCheckOnHost::new, Noun.of("table linked to no other",
                        "tables linked to no other"), t -> "has no foreign key from or to another table."));
        checks.add(check(def("pg.table-few-columns", "Tables with zero or one column.", false, Codes.TABLE_FEW_COLUMNS,
                        STYLE),
                TablesWithZeroOrOneColumnCheckOnHost::new, Noun.of("table with at most one column",
                        "tables with at most one column"),
                mapper(t -> List.of(t.getTableName()), (f, facts) -> List.of(tableFinding(f.item().getTableName(),
                        Codes.TABLE_FEW_COLUMNS, "Table " + sql(f.item().getTableName()) + " has "
                                + (f.item().getColumns().isEmpty() ? "no columns."
                                : "one column, " + columnList(f.item().getColumns()) + "."), null)))));
        checks.add(tableAdvice("pg.pk-not-first", "Tables whose primary key columns are not the first columns.",
                Codes.PK_NOT_FIRST, TablesWherePrimaryKeyColumnsNotFirstCheckOnHost::new, Noun.of(
                        "table whose key is not first", "tables whose key is not first"),
                t -> "does not start with its primary key columns."));
        checks.add(tableAdvice("pg.all-columns-nullable", "Tables where every column but the primary key is"
                        + " nullable.", Codes.ALL_COLUMNS_NULLABLE, TablesWhereAllColumnsNullableExceptPrimaryKeyCheckOnHost::new,
                Noun.of("table with every column nullable", "tables with every column nullable"),
                t -> "has no NOT NULL column besides its primary key."));
        checks.add(tableAdvice("pg.table-inheritance", "Tables that inherit from another (not partitions).",
                Codes.TABLE_INHERITANCE, TablesWithInheritanceCheckOnHost::new, Noun.of("inheriting table",
                        "inheriting tables"), t -> "inherits from another table (table inheritance, not"
                        + " partitioning)."));
        checks.add(tableAdvice("pg.table-without-comment", "Tables without a comment.", Codes.TABLE_WITHOUT_COMMENT,
                TablesWithoutDescriptionCheckOnHost::new, Noun.of("table without a comment",
                        "tables without a comment"), t -> "has no comment."));
        checks.add(check(def("pg.column-without-comment", "Columns without a comment.", false,
                        Codes.COLUMN_WITHOUT_COMMENT, STYLE),
                ColumnsWithoutDescriptionCheckOnHost::new, Noun.of("column without a comment",
                        "columns without a comment"),
                mapper(c -> List.of(c.getTableName()), (f, facts) -> List.of(plainColumnFinding(f.item(),
                        Codes.COLUMN_WITHOUT_COMMENT, "has no comment.")))));
        checks.add(check(def("pg.function-without-comment", "Functions and procedures without a comment.", false,
                        Codes.FUNCTION_WITHOUT_COMMENT, STYLE),
                FunctionsWithoutDescriptionCheckOnHost::new, Noun.of("function without a comment",
                        "functions without a comment"),
                routineMapper((f, facts) -> List.of(Finding.of(Codes.FUNCTION_WITHOUT_COMMENT, routine(f),
                        "Function " + routineSql(f) + " has no comment.")))));
        checks.add(columnAdvice("pg.column-json", "json columns (rather than jsonb).", Codes.COLUMN_JSON,
                ColumnsWithJsonTypeCheckOnHost::new, Noun.of("json column", "json columns"),
                c -> "is json: use jsonb."));
        checks.add(columnAdvice("pg.column-money", "money columns.", Codes.COLUMN_MONEY,
                ColumnsWithMoneyTypeCheckOnHost::new, Noun.of("money column", "money columns"),
                c -> "is money: use numeric, with the currency in a column of its own."));
        checks.add(columnAdvice("pg.column-varchar-length", "varchar(n) columns.", Codes.COLUMN_VARCHAR_LENGTH,
                ColumnsWithFixedLengthVarcharCheckOnHost::new, Noun.of("varchar(n) column", "varchar(n) columns"),
                c -> "has a length limit in its type: use text, with a CHECK if the limit matters."));
        checks.add(columnAdvice("pg.column-char", "char(n) columns.", Codes.COLUMN_CHAR,
                ColumnsWithCharTypeCheckOnHost::new, Noun.of("char(n) column", "char(n) columns"),
                c -> "is char(n), which pads with blanks: use text."));
        checks.add(columnAdvice("pg.column-timestamp-without-tz", "timestamp (without time zone) and timetz"
                        + " columns.", Codes.COLUMN_TIMESTAMP_WITHOUT_TZ, ColumnsWithTimestampOrTimetzTypeCheckOnHost::new,
                Noun.of("timestamp without time zone column", "timestamp without time zone columns"),
                c -> "is " + c.getColumnType() + ": use timestamptz."));
        checks.add(check(def("pg.name-needs-quotes", "Tables, indexes, sequences, views, functions and constraints"
                        + " whose names need quotes.", false, Codes.NAME_NEEDS_QUOTES, STYLE),
                ObjectsNotFollowingNamingConventionCheckOnHost::new, Noun.of("name that needs quotes",
                        "names that need quotes"),
                anyObjectMapper(Codes.NAME_NEEDS_QUOTES, "needs quotes (upper case or special characters).")));
        checks.add(check(def("pg.column-name-needs-quotes", "Columns whose names need quotes.", false,
                        Codes.COLUMN_NAME_NEEDS_QUOTES, STYLE),
                ColumnsNotFollowingNamingConventionCheckOnHost::new, Noun.of("column name that needs quotes",
                        "column names that need quotes"),
                mapper(c -> List.of(c.getTableName()), (f, facts) -> List.of(plainColumnFinding(f.item(),
                        Codes.COLUMN_NAME_NEEDS_QUOTES, "needs quotes (upper case or special characters).")))));
        checks.add(check(def("pg.name-at-max-length", "Names exactly as long as PostgreSQL allows, probably"
                        + " truncated.", false, Codes.NAME_AT_MAX_LENGTH, STYLE),
                PossibleObjectNameOverflowCheckOnHost::new, Noun.of("name at the maximum length",
                        "names at the maximum length"),
                anyObjectMapper(Codes.NAME_AT_MAX_LENGTH, "is exactly as long as PostgreSQL allows (max_identifier_length):"
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

    private static <T extends DbObject> IndexHealthCheck<T> check(
            Definition definition, Function<PgConnection, DatabaseCheckOnHost<T>> factory, Noun noun,
            Mapper<T> mapper) {
        return new IndexHealthCheck<>(definition, factory, mapper, noun);
    }

    /** The findings of one item. */
    @FunctionalInterface
    interface ToFindings<T> {
        List<Finding> apply(Found<T> found, Catalog.Facts facts);
    }

    private static <T> Mapper<T> mapper(Function<T, List<String>> relations, ToFindings<T> findings) {
        return new Mapper<>() {
            @Override
            public List<String> relations(T item) {
                return relations.apply(item);
            }

            @Override
            public List<Finding> findings(Found<T> found, Catalog.Facts facts) {
                return findings.apply(found, facts);
            }
        };
    }

    private static <T extends IndexWithColumns> IndexHealthCheck<IndexWithColumns> indexAdvice(
            String id, String description, FindingCode code,
            Function<PgConnection, DatabaseCheckOnHost<IndexWithColumns>> factory, Noun noun,
            Function<IndexWithColumns, String> why) {
        return check(def(id, description, false, code, PERFORMANCE), factory, noun,
                mapper(IndexHealthChecks::indexRelations, (f, facts) -> List.of(indexFinding(f, code,
                        "Index " + indexSql(f.item()) + " on " + tableSql(f.item()) + ": " + why.apply(f.item()),
                        null))));
    }

    private static IndexHealthCheck<Table> tableAdvice(String id, String description, FindingCode code,
            Function<PgConnection, DatabaseCheckOnHost<Table>> factory, Noun noun, Function<Table, String> why) {
        return check(def(id, description, false, code, STYLE), factory, noun,
                mapper(t -> List.of(t.getTableName()), (f, facts) -> List.of(tableFinding(f.item().getTableName(),
                        code, "Table " + sql(f.item().getTableName()) + " " + why.apply(f.item()), null))));
    }

    private static <T extends AbstractColumnAware> IndexHealthCheck<T> columnAdvice(String id,
            String description, FindingCode code, Function<PgConnection, DatabaseCheckOnHost<T>> factory, Noun noun,
            Function<T, String> why) {
        return check(def(id, description, false, code, STYLE), factory, noun,
                mapper(c -> List.of(c.getTableName()), (f, facts) -> List.of(columnFinding(f, code,
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







    private static List<Finding> overlappingFk(Found<DuplicatedForeignKeys> found, Catalog.Facts facts) {
        List<ForeignKey> fks = found.item().getForeignKeys();
        String table = sql(found.item().getTableName());
        return List.of(Finding.of(Codes.OVERLAPPING_FK, table(found.item().getTableName()).member(Identifiers.unquote(
                fks.get(0).getConstraintName())), "Foreign keys " + fks.stream().map(ForeignKey::getConstraintName)
                .collect(Collectors.joining(" and ")) + " on " + table + " reference the same table with"
                + " overlapping columns."));
    }


    private static String quoteIdent(String name) {
        return name.matches("[a-z_][a-z0-9_$]*") ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }





    // ---- functions and objects of any kind ------------------------------------------------------------------------

    private static Mapper<StoredFunction> routineMapper(
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
            public List<Finding> findings(Found<StoredFunction> found, Catalog.Facts facts) {
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

    private static Mapper<AnyObject> anyObjectMapper(FindingCode code, String why) {
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
            public List<Finding> findings(Found<AnyObject> found, Catalog.Facts facts) {
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
