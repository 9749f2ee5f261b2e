package io.drift.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a call is refused as every public entry point refuses bad input: a {@link DriftException} with a reason. */
public final class InvalidArgument {

    private InvalidArgument() {
    }

    /**
     * @param call what should be refused
     * @return an assertion on the exception, which is a {@link DriftException} of reason
     *         {@link DriftException.Reason#INVALID_ARGUMENT}
     */
    public static AbstractThrowableAssert<?, ? extends Throwable> assertInvalidArgument(ThrowingCallable call) {
        return assertThatThrownBy(call).isInstanceOfSatisfying(DriftException.class,
                e -> assertThat(e.reason()).as("reason").isEqualTo(DriftException.Reason.INVALID_ARGUMENT));
    }
}
