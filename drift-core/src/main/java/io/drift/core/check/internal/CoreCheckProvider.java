package io.drift.core.check.internal;

import io.drift.core.check.Check;
import io.drift.core.spi.CheckProvider;

import java.util.List;

/**
 * Drift's generic checks, as {@code META-INF/services} lists them: each configured from its options alone, and
 * skipped, saying how to configure it, when the options say nothing to check.
 */
public final class CoreCheckProvider implements CheckProvider {

    @Override
    public List<Check> checks() {
        return List.of(new RequiredObjectsCheck(), new SchemaDriftCheck(), new HttpCheck());
    }
}
