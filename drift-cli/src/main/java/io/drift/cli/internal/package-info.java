/**
 * <b>Internal: may change without notice.</b> The command line's plumbing: PostgreSQL URL parsing and redaction,
 * libpq-compatible credential lookup ({@code ~/.pgpass}), connecting, and atomic file output.
 */
package io.drift.cli.internal;
