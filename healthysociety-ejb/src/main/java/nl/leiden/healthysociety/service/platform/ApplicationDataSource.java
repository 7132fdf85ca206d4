package nl.leiden.healthysociety.service.platform;

import java.util.Optional;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Which data source the application works on. By default the one it defines itself
 * ({@value DatabaseMigration#DATA_SOURCE}, see {@link DatabaseMigration}), configured with
 * {@code healthysociety.db.url/user/password}: that needs nothing on the server, so the one-command run, the tests
 * and Payara Micro use it. When operations manage the database connection on the server instead (a JDBC connection
 * pool and resource made with asadmin, see docs/operations.md), {@value #JNDI_NAME_KEY} names that resource and both
 * Flyway ({@link DatabaseMigration}) and Hibernate ({@link HealthySocietyPersistenceProvider}) use it; the
 * application's own pool then stays unused and never connects.
 */
public final class ApplicationDataSource {

    /** MicroProfile Config key (environment variable HEALTHYSOCIETY_DB_JNDI_NAME) naming a server JDBC resource. */
    public static final String JNDI_NAME_KEY = "healthysociety.db.jndi-name";

    private ApplicationDataSource() {
    }

    /** The JNDI name of the server's JDBC resource to use, when operations configured one. */
    public static Optional<String> serverResource(ClassLoader applicationClassLoader) {
        return ConfigProvider.getConfig(applicationClassLoader)
                .getOptionalValue(JNDI_NAME_KEY, String.class)
                .map(String::strip)
                .filter(name -> !name.isEmpty());
    }

    /** The server's JDBC resource of that name; fails with the setting to fix when there is none. */
    public static DataSource lookup(String jndiName) {
        try {
            return (DataSource) new InitialContext().lookup(jndiName);
        } catch (NamingException | ClassCastException e) {
            throw new IllegalStateException("There is no JDBC resource '" + jndiName + "' on this server, as "
                    + JNDI_NAME_KEY + " says: create it (asadmin create-jdbc-resource) or remove the setting", e);
        }
    }
}
