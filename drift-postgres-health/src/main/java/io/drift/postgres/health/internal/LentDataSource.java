package io.drift.postgres.health.internal;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The data source Drift hands pg-index-health. pg-index-health opens a connection from its {@code PgConnection}'s data
 * source for every query ({@code QueryExecutors}: {@code getConnection()}, one statement, {@code close()}); this one
 * lends it, every time, the connection of the check's own read-only transaction (with its statement and lock
 * timeouts), behind a proxy that
 * <ul>
 *     <li>ignores {@code close()}, so the transaction outlives each query and is rolled back by the runner;</li>
 *     <li>refuses anything that would end or change the transaction ({@code commit}, {@code setAutoCommit},
 *     {@code setReadOnly}, …), so no query can leave it;</li>
 *     <li>binds the real name of the schema under inspection: pg-index-health 0.31.0 lower-cases the schema name of
 *     its {@code PgContext} and binds it as the first parameter of every query, so a schema such as {@code "Sales"}
 *     would silently be checked as {@code sales}.</li>
 * </ul>
 * Not thread-safe: one check, one thread.
 */
final class LentDataSource implements DataSource {

    private static final Set<String> REFUSED = Set.of("commit", "rollback", "setAutoCommit", "setReadOnly",
            "setTransactionIsolation", "setCatalog", "setSchema", "setSavepoint", "releaseSavepoint", "abort",
            "setNetworkTimeout");

    private final Connection connection;
    private final Connection lent;
    private String schema;

    LentDataSource(Connection connection) {
        this.connection = connection;
        this.lent = (Connection) Proxy.newProxyInstance(LentDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new ConnectionHandler());
    }

    /** @param value the schema the next queries are about, as the catalog stores its name */
    void schema(String value) {
        this.schema = value;
    }

    @Override
    public Connection getConnection() {
        return lent;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("pg-index-health runs on the connection Drift lends it, not as another role");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // nothing to log
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the connection is already open
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("Not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }

    private final class ConnectionHandler implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            switch (name) {
                case "close":
                    return null;
                case "isClosed":
                    return connection.isClosed();
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "the connection Drift lends pg-index-health";
                default:
                    break;
            }
            if (REFUSED.contains(name)) {
                throw new SQLException("Drift lends pg-index-health a connection in a read-only transaction, which"
                        + " it may not change (" + name + ")");
            }
            Object result = call(connection, method, args);
            if (result instanceof PreparedStatement && schema != null) {
                PreparedStatement statement = (PreparedStatement) result;
                return Proxy.newProxyInstance(LentDataSource.class.getClassLoader(),
                        new Class<?>[] {PreparedStatement.class}, new StatementHandler(statement, schema));
            }
            return result;
        }
    }

    /** Binds the schema's real name where pg-index-health binds it lower-cased. */
    private static final class StatementHandler implements InvocationHandler {
        private final PreparedStatement statement;
        private final String schema;
        private final String lowered;

        StatementHandler(PreparedStatement statement, String schema) {
            this.statement = statement;
            this.schema = schema;
            this.lowered = schema.toLowerCase(Locale.ROOT);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("setString") && args.length == 2 && Integer.valueOf(1).equals(args[0])
                    && lowered.equals(args[1])) {
                statement.setString(1, schema);
                return null;
            }
            return call(statement, method, args);
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
