package nl.leiden.healthysociety.service.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one JDBC data source of the application, pooled by Payara (see {@link DatabaseMigration}'s
 * {@code @DataSourceDefinition}). It reads URL, user and password from MicroProfile Config when the first
 * connection is made, and picks the driver from the URL, so the same deployment runs on embedded H2 and on
 * PostgreSQL without a server-side JDBC resource. Payara's own {@code ${MPCONFIG=...}} substitution is not used
 * because it resolves before the application's own config file is visible.
 */
public class ConfiguredDataSource implements DataSource {

    static final String URL_KEY = "healthysociety.db.url";
    static final String USER_KEY = "healthysociety.db.user";
    static final String PASSWORD_KEY = "healthysociety.db.password";

    private volatile Settings settings;
    private PrintWriter logWriter;
    private int loginTimeout;

    private record Settings(String url, String user, String password, Driver driver) {
    }

    @Override
    public Connection getConnection() throws SQLException {
        Settings current = settings();
        return connect(current, current.user(), current.password());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Settings current = settings();
        // The pool passes the user and password of the resource definition, which are empty here.
        boolean given = user != null && !user.isEmpty();
        return connect(current, given ? user : current.user(), given ? password : current.password());
    }

    private static Connection connect(Settings settings, String user, String password) throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        Connection connection = settings.driver().connect(settings.url(), properties);
        if (connection == null) {
            throw new SQLException("The JDBC driver does not accept the configured URL (" + URL_KEY + ")");
        }
        return connection;
    }

    private Settings settings() throws SQLException {
        Settings current = settings;
        if (current == null) {
            synchronized (this) {
                current = settings;
                if (current == null) {
                    current = load();
                    settings = current;
                }
            }
        }
        return current;
    }

    private static Settings load() throws SQLException {
        ClassLoader loader = ConfiguredDataSource.class.getClassLoader();
        Config config = ConfigProvider.getConfig(loader);
        String url = config.getValue(URL_KEY, String.class);
        String user = config.getOptionalValue(USER_KEY, String.class).orElse(null);
        String password = config.getOptionalValue(PASSWORD_KEY, String.class).orElse(null);
        return new Settings(url, user, password, driverFor(url, loader));
    }

    /** The driver class for a JDBC URL; only the two databases the application is built and tested for. */
    static String driverClassFor(String url) throws SQLException {
        if (url.startsWith("jdbc:h2:")) {
            return "org.h2.Driver";
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.Driver";
        }
        throw new SQLException("Unsupported database URL in " + URL_KEY + ": use jdbc:h2: or jdbc:postgresql:");
    }

    private static Driver driverFor(String url, ClassLoader loader) throws SQLException {
        String className = driverClassFor(url);
        try {
            return (Driver) Class.forName(className, true, loader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new SQLException("JDBC driver " + className + " is not on the class path", e);
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
