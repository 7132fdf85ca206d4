package nl.leiden.healthysociety.service.platform;

import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceProvider;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.spi.PersistenceUnitInfo;

/**
 * Hibernate, told to use the server's JDBC resource when operations configured one
 * ({@value ApplicationDataSource#JNDI_NAME_KEY}); otherwise plain Hibernate on the {@code jta-data-source} of
 * persistence.xml. The data source goes in as an integration setting because that is the only place where Hibernate
 * 6.6 lets a setting win over the {@code jta-data-source} the container resolved from persistence.xml (properties in
 * persistence.xml do not). The server resource is a container-managed JTA data source like the application's own,
 * so transactions work the same.
 */
public class HealthySocietyPersistenceProvider extends HibernatePersistenceProvider {

    private static final System.Logger LOG = System.getLogger(HealthySocietyPersistenceProvider.class.getName());

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public EntityManagerFactory createContainerEntityManagerFactory(PersistenceUnitInfo info, Map properties) {
        Optional<String> serverResource = ApplicationDataSource.serverResource(info.getClassLoader());
        if (serverResource.isEmpty()) {
            return super.createContainerEntityManagerFactory(info, properties);
        }
        Map<Object, Object> integration = properties == null ? new HashMap<>() : new HashMap<>(properties);
        integration.put(AvailableSettings.JAKARTA_JTA_DATASOURCE, ApplicationDataSource.lookup(serverResource.get()));
        LOG.log(Level.INFO, "Persistence unit {0} uses the server''s JDBC resource {1}",
                info.getPersistenceUnitName(), serverResource.get());
        return super.createContainerEntityManagerFactory(info, integration);
    }
}
