package org.smartcbs.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * A JDBC driver that counts the statements sent to the database. It accepts URLs of the form
 * {@code jdbc:counting:<rest>} and opens {@code jdbc:<rest>} with the real driver. Every call of an
 * {@code execute...} method counts one statement, so a batch counts once however many rows it carries: the count
 * is the number of round trips to the database.
 */
public final class CountingDriver implements Driver {

    private static final String PREFIX = "jdbc:counting:";
    private static final AtomicLong STATEMENTS = new AtomicLong();

    static {
        try {
            DriverManager.registerDriver(new CountingDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Returns the statements executed since the JVM started. */
    static long statements() {
        return STATEMENTS.get();
    }

    /** Returns the URL of the counting driver for a real driver's JDBC URL. */
    static String countingUrl(String url) {
        return PREFIX + url.substring("jdbc:".length());
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        Connection real = DriverManager.getConnection("jdbc:" + url.substring(PREFIX.length()), info);
        return (Connection) Proxy.newProxyInstance(CountingDriver.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new ConnectionHandler(real));
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging logger");
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private record ConnectionHandler(Connection real) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object result = CountingDriver.invoke(real, method, args);
            Class<?> type = result instanceof CallableStatement ? CallableStatement.class
                    : result instanceof PreparedStatement ? PreparedStatement.class
                    : result instanceof Statement ? Statement.class : null;
            if (type == null) {
                return result;
            }
            return Proxy.newProxyInstance(CountingDriver.class.getClassLoader(), new Class<?>[] {type},
                    new StatementHandler(result));
        }
    }

    private record StatementHandler(Object real) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().startsWith("execute")) {
                STATEMENTS.incrementAndGet();
            }
            return CountingDriver.invoke(real, method, args);
        }
    }
}
