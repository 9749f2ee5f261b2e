/**
 * <b>API.</b> Comparing two snapshots: {@link io.drift.core.diff.Differ#standard()} turns an expected and an actual
 * {@link io.drift.core.model.Snapshot} into a {@link io.drift.core.diff.SchemaDiff}, a sorted list of
 * {@link io.drift.core.diff.Difference}s, each {@link io.drift.core.diff.Missing missing},
 * {@link io.drift.core.diff.Unexpected unexpected} or {@link io.drift.core.diff.Changed changed}, with a
 * {@link io.drift.core.diff.Severity} from a {@link io.drift.core.diff.SeverityPolicy}.
 *
 * <pre>{@code
 * SchemaDiff diff = Differ.standard().diff(expected, actual, DiffOptions.defaults());
 * if (diff.hasErrors()) {
 *     diff.atLeast(Severity.ERROR).differences().forEach(System.err::println);   // "ERROR: missing index …"
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
package io.drift.core.diff;
