package io.drift.core.internal;

import io.drift.core.diff.DiffOptions;
import io.drift.core.diff.Differ;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.model.Snapshot;

/** The standard differ. (Placeholder until the diff engine lands; replaced by the diff work.) */
public final class StandardDiffer implements Differ {

    public static final StandardDiffer INSTANCE = new StandardDiffer();

    private StandardDiffer() {
    }

    @Override
    public SchemaDiff diff(Snapshot expected, Snapshot actual, DiffOptions options) {
        throw new UnsupportedOperationException("The diff engine is being written");
    }
}
