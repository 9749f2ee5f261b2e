package io.drift.core.spi;

import io.drift.core.check.Check;

import java.util.List;

/**
 * Contributes checks to a {@link io.drift.core.check.CheckRunner} that discovers them: listed in
 * {@code META-INF/services/io.drift.core.spi.CheckProvider}, or passed explicitly. One provider lists a family of checks
 * (an adapter's dozens of checks, say), so that a jar needs one service line, not one per check.
 *
 * <p>An implementation must have a public no-argument constructor, return checks that need nothing but their
 * {@link io.drift.core.check.CheckOptions} (configuration comes through options, at run time), and return the same
 * checks, with the same ids, every time.
 *
 * @since 0.1.0
 */
public interface CheckProvider {

    /** @return the checks, in the order a report should list them */
    List<Check> checks();
}
