/**
 * <b>API.</b> AssertJ assertions on a database, a snapshot, a diff and a check report:
 * {@link io.drift.test.assertj.DriftAssertions#assertThat(javax.sql.DataSource)} and its overloads. A failure's message
 * is Drift's text report: what is missing, unexpected and changed, each with its expected and actual value.
 *
 * <p>AssertJ is an optional dependency of drift-test: add {@code org.assertj:assertj-core} to use this package.
 *
 * @since 0.1.0
 */
package io.drift.test.assertj;
