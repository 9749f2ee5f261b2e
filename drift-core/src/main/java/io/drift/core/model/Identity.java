package io.drift.core.model;

import static java.util.Objects.requireNonNull;

/**
 * What makes a column an identity column.
 *
 * @param generation {@code ALWAYS} or {@code BY DEFAULT}
 * @param sequence   the options of the sequence behind it (whose generated name is not part of the model)
 * @since 0.1.0
 */
public record Identity(IdentityGeneration generation, SequenceOptions sequence) {

    public Identity {
        requireNonNull(generation, "generation");
        requireNonNull(sequence, "sequence");
    }
}
