/**
 * <b>Internal: may change without notice.</b> Reading {@code drift.yaml}: a YAML tree that keeps the line and
 * column of every key and value, and the reader that turns it into a {@link io.drift.core.config.DriftConfig}.
 */
package io.drift.core.config.internal;
