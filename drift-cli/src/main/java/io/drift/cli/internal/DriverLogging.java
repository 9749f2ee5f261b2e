package io.drift.cli.internal;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL driver logs through {@code java.util.logging}, whose default console handler prints its warnings on
 * the terminal, raw (a {@code SEVERE} for a certificate that does not name the host, a {@code WARNING} for an
 * unparsable {@code loginTimeout}, which quotes the URL): Drift reports every such failure itself, in one line. This
 * replaces the console handler with one that passes the records to SLF4J at DEBUG, so that they show with
 * {@code --verbose} only, through the same redaction as every other line.
 */
public final class DriverLogging extends Handler {

    /** The SLF4J logger the driver's records go to; {@code --verbose} shows it. */
    static final String LOGGER = "io.drift.cli.driver";

    private final SimpleFormatter formatter = new SimpleFormatter();

    private DriverLogging() {
    }

    /** Installs the handler on {@code java.util.logging}'s root logger, in place of its console handler. */
    public static void install() {
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.addHandler(new DriverLogging());
    }

    @Override
    public void publish(LogRecord record) {
        org.slf4j.Logger log = LoggerFactory.getLogger(LOGGER);
        if (record == null || !log.isDebugEnabled() || record.getLevel().intValue() < Level.INFO.intValue()) {
            return;
        }
        log.debug("{} {}: {}", record.getLevel(), record.getLoggerName(), formatter.formatMessage(record));
    }

    @Override
    public void flush() {
        // nothing buffered
    }

    @Override
    public void close() {
        // nothing held
    }
}
