package io.drift.postgres.internal;

import java.util.List;

/**
 * Every catalog query of a capture, in the order they run. Each is one bulk query for the whole database; a later one
 * may rely on what an earlier one registered in the {@link CaptureState}: schemas decide the OIDs every query filters
 * on; tables and views register the relations that columns, constraints, indexes, triggers and policies attach to.
 */
final class CatalogQueries {

    private CatalogQueries() {
    }

    /**
     * @param query one of {@link #all()}
     * @return whether it runs on the second connection when a capture has one: the columns and the indexes, about
     *         half of the server's work at 10,000 tables (1.1 s and 0.6 s of 2.6 s; the tables, views, constraints,
     *         triggers and the standalone kinds on the first). Measured against columns plus the standalone kinds
     *         on the second: 0.1 s faster (docs/benchmarks.md).
     */
    static boolean onSecondConnection(CatalogQuery query) {
        return query instanceof ColumnQuery || query instanceof IndexQuery;
    }

    /** @return the queries, in order; the number of statements a capture sends is this size plus two (see CatalogReader) */
    static List<CatalogQuery> all() {
        return List.of(
                new SchemaQuery(),
                new ExtensionQuery(),
                new TableQuery(),
                new ViewQuery(),        // registers ViewParts: before columns and indexes
                new SequenceQuery(),
                // With a second connection, the queries onSecondConnection() names run there, and are applied
                // after every other query: no query may read what they add to the CaptureState (the member
                // queries use attribute names from SQL instead).
                new ColumnQuery(),
                new ConstraintQuery(),
                new IndexQuery(),
                new TriggerQuery(),     // after tables and views, which it attaches to
                new PolicyQuery(),
                new EnumQuery(),
                new DomainQuery(),
                new CompositeTypeQuery(),
                new RoutineQuery(),
                // Kinds without a record of their own, as VendorObjects.
                new VendorObjectQuery("ranges", "pg.range", Acl.Kind.TYPE),
                new VendorObjectQuery("rules", "pg.rule", null),
                new VendorObjectQuery("statistics", "pg.statistics", null),
                new VendorObjectQuery("collations", "pg.collation", null),
                new VendorObjectQuery("event-triggers", "pg.event-trigger", null),
                new VendorObjectQuery("publications", "pg.publication", null),
                // One query for several kinds each: every row names its kind.
                VendorObjectQuery.ofKinds("default-privileges"),
                VendorObjectQuery.ofKinds("foreign-data"),     // wrappers and servers
                VendorObjectQuery.ofKinds("text-search"),      // configurations and dictionaries
                VendorObjectQuery.ofKinds("operators")         // casts, operators, operator classes and families
        );
    }
}
