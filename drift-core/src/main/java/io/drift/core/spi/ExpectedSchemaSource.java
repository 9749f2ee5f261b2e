package io.drift.core.spi;

import io.drift.core.diff.Declared;
import io.drift.core.model.Snapshot;

/**
 * Where the expected schema comes from: a committed snapshot file, a reference database, the migrations applied to a
 * shadow database.
 *
 * <p>An implementation must return the same snapshot for the same input, never write to a database it did not
 * create itself, and fail with a {@link io.drift.core.DriftException} naming the source and the fix.
 *
 * <p>A source that knows only part of a schema (the entities of an application know their tables and columns, not the
 * database's triggers, defaults or the names of its indexes) says what it declares in {@link #declared()}, and the
 * diff reports nothing it does not declare.
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

    /**
     * @return what this source declares; {@link Declared#everything()} (the default) for a complete schema such as a
     *         snapshot file or what the migrations build
     * @since 0.1.0
     */
    default Declared declared() {
        return Declared.everything();
    }
}
