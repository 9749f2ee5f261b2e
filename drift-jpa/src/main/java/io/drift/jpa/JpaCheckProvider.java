package io.drift.jpa;

import io.drift.core.check.Check;
import io.drift.core.spi.CheckProvider;

import java.util.List;

/**
 * Lists {@code jpa.model} for runners that discover checks ({@code META-INF/services}). Found this way, the check is
 * off by default and takes its entities from its options ({@code packages}, {@code classes} or
 * {@code persistence-unit}, and {@code classpath}); a check made in code with {@link JpaChecks} takes its place.
 *
 * @since 0.1.0
 */
public final class JpaCheckProvider implements CheckProvider {

    /** Instantiated by {@link java.util.ServiceLoader}. */
    public JpaCheckProvider() {
    }

    @Override
    public List<Check> checks() {
        return List.of(new JpaModelCheck(null));
    }
}
