/**
 * <b>API.</b> {@code drift.yaml}, the file that says what a database must be: which schemas, the baseline, the
 * objects the application needs, row-count floors, which checks run with which options, suppressions, and the severity
 * that fails a run. {@link io.drift.core.config.DriftConfig} reads it and applies it to a
 * {@link io.drift.core.check.CheckRunner} or a {@link io.drift.core.StartupGuard}. Every key is described, with an
 * example file, in {@code docs/checks.md}.
 */
package io.drift.core.config;
