package io.drift.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Keeps bin/demo honest: the demo runs in every build and must find the drift it was built to show. */
class DemoIT {

    @Test
    void demo_finds_the_drift_between_the_two_scripts() throws Exception {
        assertThat(Demo.run()).as("drift diff exit code: 1 means drift found").isEqualTo(1);
    }
}
