package io.drift.core.diff;

import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;

/**
 * One way the actual schema differs from the expected one. A missing or unexpected object is one difference, however
 * many children it has.
 *
 * @since 0.1.0
 */
public sealed interface Difference permits Missing, Unexpected, Changed {

    /** @return the kind of the object that differs */
    ObjectKind kind();

    /** @return the qualified path of the object that differs */
    ObjectPath path();

    /** @return how much it matters, from the {@link SeverityPolicy} in force */
    Severity severity();

    /** @return missing, unexpected or changed */
    DifferenceType type();
}
