package io.drift.flyway.internal;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * Hands Flyway connections on which the server refuses every write: each connection's session is made read-only
 * ({@code default_transaction_read_only}) with a statement and a lock timeout, before Flyway sees it, and given back to
 * its pool with the session as it was. Flyway's {@code info()} and {@code validate()} only read, but they also run
 * callbacks and {@code initSql} that may not; here any write fails with PostgreSQL's "cannot execute … in a read-only
 * transaction" instead of touching the database under inspection.
 */
public final class ReadOnlyDataSource implements DataSource {

    private static final String SET = "SELECT set_config('default_transaction_read_only', 'on', false),"
            + " set_config('statement_timeout', ?, false), set_config('lock_timeout', ?, false)";
    private static final String READ = "SELECT current_setting('default_transaction_read_only'),"
            + " current_setting('statement_timeout'), current_setting('lock_timeout')";
    private static final String RESTORE = "SELECT set_config('default_transaction_read_only', ?, false),"
            + " set_config('statement_timeout', ?, false), set_config('lock_timeout', ?, false)";

    private final DataSource delegate;
    private final Duration statementTimeout;
    private final Duration lockTimeout;

    /**
     * @param delegate         the database under inspection
     * @param statementTimeout how long one statement may run
     * @param lockTimeout      how long a statement may wait for a lock
     */
    public ReadOnlyDataSource(DataSource delegate, Duration statementTimeout, Duration lockTimeout) {
        this.delegate = requireNonNull(delegate, "delegate");
        this.statementTimeout = requireNonNull(statementTimeout, "statementTimeout");
        this.lockTimeout = requireNonNull(lockTimeout, "lockTimeout");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return guard(delegate.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return guard(delegate.getConnection(username, password));
    }

    private Connection guard(Connection connection) throws SQLException {
        String[] before = new String[3];
        boolean autoCommit;
        try {
            autoCommit = connection.getAutoCommit();
            // A session setting made inside a transaction that is later rolled back would be undone: set it on its own.
            if (!autoCommit) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            try (PreparedStatement read = connection.prepareStatement(READ); ResultSet rs = read.executeQuery()) {
                rs.next();
                for (int i = 0; i < 3; i++) {
                    before[i] = rs.getString(i + 1);
                }
            }
            try (PreparedStatement set = connection.prepareStatement(SET)) {
                set.setString(1, millis(statementTimeout));
                set.setString(2, millis(lockTimeout));
                set.executeQuery().close();
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return (Connection) Proxy.newProxyInstance(ReadOnlyDataSource.class.getClassLoader(),
                new Class<?>[]{Connection.class}, new Restoring(connection, before, autoCommit));
    }

    private static String millis(Duration d) {
        long ms = Math.max(1, Math.min(d.toMillis(), Integer.MAX_VALUE));
        return ms + "ms";
    }

    /** Gives the session back as it was when the connection is closed. */
    private static final class Restoring implements InvocationHandler {
        private final Connection connection;
        private final String[] before;
        private final boolean autoCommit;
        private boolean closed;

        Restoring(Connection connection, String[] before, boolean autoCommit) {
            this.connection = connection;
            this.before = before;
            this.autoCommit = autoCommit;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close":
                    close();
                    return null;
                case "isClosed":
                    return closed || connection.isClosed();
                case "unwrap":
                    if (((Class<?>) args[0]).isInstance(proxy)) {
                        return proxy;
                    }
                    break;
                case "isWrapperFor":
                    if (((Class<?>) args[0]).isInstance(proxy)) {
                        return true;
                    }
                    break;
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "read-only " + connection;
                default:
                    break;
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private void close() throws SQLException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (!connection.isClosed()) {
                    if (!connection.getAutoCommit()) {
                        connection.rollback();
                        connection.setAutoCommit(true);
                    }
                    try (PreparedStatement restore = connection.prepareStatement(RESTORE)) {
                        for (int i = 0; i < 3; i++) {
                            restore.setString(i + 1, before[i]);
                        }
                        restore.executeQuery().close();
                    }
                    connection.setAutoCommit(autoCommit);
                }
            } finally {
                connection.close();
            }
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public String toString() {
        return "read-only " + delegate;
    }
}
