package io.drift.core.spi;

import io.drift.core.model.Snapshot;

/**
 * Where the expected schema comes from: a committed snapshot file, a reference database, the migrations applied to a
 * shadow database.
 *
 * <p>An implementation must return the same snapshot for the same input, never write to a database it did not
 * create itself, and fail with a {@link io.drift.core.DriftException} naming the source and the fix.
 *
 * @since 0.1.0
 */
public interface ExpectedSchemaSource {

    /** @return what this source is, for reports: {@code snapshot file schema.json} */
    String description();

    /**
     * @return the expected schema
     * @throws io.drift.core.DriftException when it cannot be loaded
     */
    Snapshot load();
}
