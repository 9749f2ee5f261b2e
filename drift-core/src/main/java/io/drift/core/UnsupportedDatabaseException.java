package io.drift.core;

/**
 * No {@link io.drift.core.spi.SnapshotProvider} on the class path supports the database at hand. The message names
 * the database product and version, the providers that were found, and the artifact to add.
 *
 * @since 0.1.0
 */
public class UnsupportedDatabaseException extends DriftException {

    private static final long serialVersionUID = 1L;

    /** @param message the product, the providers found, and the fix */
    public UnsupportedDatabaseException(String message) {
        super(Reason.UNSUPPORTED_DATABASE, message);
    }
}
