/**
 * <b>Internal: may change without notice.</b> Helpers that Drift's own modules share (name suggestions, file writing,
 * escaping, the one SQLState-to-reason map). Not for use outside Drift.
 */
package io.drift.core.internal;
