package nl.leiden.healthysociety.service.platform;

import java.lang.System.Logger.Level;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

/**
 * Brings the database schema up to date with Flyway when the application starts, then has Hibernate check that
 * every mapped table and column exists as the entities expect. If either fails the deployment fails, rather than
 * the first user finding out.
 * <p>
 * Bean-managed transactions: Flyway commits its own work and must not run inside a container transaction.
 * <p>
 * The data source defined here is the application's own; operations may have it use a server JDBC resource instead
 * ({@link ApplicationDataSource}).
 */
@DataSourceDefinition(name = DatabaseMigration.DATA_SOURCE, className = "nl.leiden.healthysociety.service.platform.ConfiguredDataSource", minPoolSize = 2, maxPoolSize = 40)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/healthysociety";

    private static final System.Logger LOG = System.getLogger(DatabaseMigration.class.getName());

    /** The application's own data source; unused when a server resource is configured (see ApplicationDataSource). */
    @Resource(lookup = DATA_SOURCE)
    private DataSource ownDataSource;

    @PersistenceUnit(unitName = "healthysociety")
    private EntityManagerFactory entityManagerFactory;

    @PostConstruct
    void migrateAndValidate() {
        ClassLoader loader = DatabaseMigration.class.getClassLoader();
        DataSource dataSource = ApplicationDataSource.serverResource(loader)
                .map(ApplicationDataSource::lookup)
                .orElse(ownDataSource);
        MigrateResult result = Flyway.configure(loader)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.log(Level.INFO, "Database schema at version {0} ({1} migrations applied now)", result.targetSchemaVersion,
                result.migrationsExecuted);
        entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }
}
