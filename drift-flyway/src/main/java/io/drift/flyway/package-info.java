/**
 * <b>API.</b> Drift the Flyway adapter: migration status checks and drift against what the migrations build in a shadow database. Its code comes with the Flyway issue.
 *
 * @since 0.1.0
 */
package io.drift.flyway;
