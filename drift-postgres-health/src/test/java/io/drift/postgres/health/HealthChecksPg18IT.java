package io.drift.postgres.health;

import io.drift.test.junit5.PostgresVersion;

import org.junit.jupiter.api.Nested;

/** Every health check on PostgreSQL 18. */
@PostgresVersion(18)
class HealthChecksPg18IT {

    @Nested
    class Integrity extends HealthChecksContract {
    }

    @Nested
    class Dangers extends DangerChecksContract {
    }

    @Nested
    class Runtime extends RuntimeChecksContract {
    }

    @Nested
    class Style extends StyleChecksContract {
    }
}
