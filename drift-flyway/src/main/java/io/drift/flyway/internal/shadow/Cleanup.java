package io.drift.flyway.internal.shadow;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what a shadow made exactly once: when closed, or from a shutdown hook when the JVM stops first (Ctrl-C,
 * SIGTERM), so that no shadow outlives the process that made it.
 */
public final class Cleanup implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Cleanup.class);
    private static volatile boolean shuttingDown;

    private final String what;
    private final Runnable action;
    private final AtomicBoolean done = new AtomicBoolean();
    private final Thread hook;

    private Cleanup(String what, Runnable action) {
        this.what = what;
        this.action = action;
        this.hook = new Thread(() -> {
            shuttingDown = true;
            runOnce();
        }, "drift-shadow-cleanup");
    }

    /**
     * @param what   what is removed, for the log
     * @param action removes it; may throw, which is logged
     * @return the registered clean-up
     */
    static Cleanup register(String what, Runnable action) {
        Cleanup cleanup = new Cleanup(what, action);
        Runtime.getRuntime().addShutdownHook(cleanup.hook);
        return cleanup;
    }

    private void runOnce() {
        if (done.compareAndSet(false, true)) {
            try {
                action.run();
                log.debug("Removed {}", what);
            } catch (RuntimeException e) {
                log.warn("Could not remove {}: {}", what, e.getMessage());
            }
        }
    }

    /**
     * @return whether the JVM is stopping and a shadow's clean-up hook has run: a build that fails now failed because
     *         its shadow was removed under it, not because of a migration
     */
    public static boolean shuttingDown() {
        return shuttingDown;
    }

    /** @return whether the clean-up has run */
    boolean isDone() {
        return done.get();
    }

    @Override
    public void close() {
        runOnce();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook has run or is running, and runOnce makes it a no-op.
        }
    }
}
