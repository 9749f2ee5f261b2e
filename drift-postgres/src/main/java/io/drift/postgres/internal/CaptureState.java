package io.drift.postgres.internal;

import io.drift.core.CaptureOptions;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;

import java.util.HashMap;
import java.util.Map;

/**
 * What a capture has found so far. OIDs are used here to join the results of different queries, and never enter the
 * snapshot: two databases built from the same DDL have different OIDs.
 */
final class CaptureState {

    /** The server's major version (12 to 18), for queries whose catalog columns differ between versions. */
    final int serverMajor;

    /** What to capture; set by the orchestrator before the first query. */
    CaptureOptions options = CaptureOptions.defaults();

    /** The OIDs of the schemas being captured; every query filters on them ({@code = ANY(:schemas)}). */
    long[] schemaOids = new long[0];

    /** Top-level objects that need nothing from later queries go straight here. */
    final Snapshot.Builder snapshot = Snapshot.builder();

    /** Tables by {@code pg_class.oid}; member queries (columns, constraints, indexes…) add to them. */
    final Map<Long, Table.Builder> tables = new HashMap<>();

    /** Paths of every captured relation (tables, views, materialized views, sequences…) by {@code pg_class.oid}. */
    final Map<Long, ObjectPath> relationPaths = new HashMap<>();

    /** Views and materialized views by {@code pg_class.oid}, completed by the column and index queries. */
    final Map<Long, ViewParts> views = new HashMap<>();

    CaptureState(int serverMajor) {
        this.serverMajor = serverMajor;
    }
}
