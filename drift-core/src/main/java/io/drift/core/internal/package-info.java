/**
 * <b>Internal: may change without notice.</b> The diff algorithm, glob matching and other implementation details.
 */
package io.drift.core.internal;
