package io.drift.test.assertj;

import io.drift.core.model.Snapshot;

/**
 * Assertions on a {@link Snapshot}; see {@link DriftAssertions}.
 *
 * <pre>{@code
 * assertThat(snapshot).ignoring("grants").matches(expected).hasTable("public.users");
 * }</pre>
 *
 * @since 0.1.0
 */
public class SnapshotAssert extends AbstractSchemaAssert<SnapshotAssert, Snapshot> {

    /** @param actual the snapshot */
    protected SnapshotAssert(Snapshot actual) {
        super(actual, SnapshotAssert.class);
    }

    @Override
    protected Snapshot snapshot() {
        isNotNull();
        return actual;
    }

    @Override
    protected String describeActual() {
        return "the snapshot";
    }
}
