package nl.leiden.healthysociety.service.audit;

import java.lang.System.Logger.Level;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Hooks the audit trail into Hibernate at startup, before anything (demo data included) is stored. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class AuditTrailRegistration {

    private static final System.Logger LOG = System.getLogger(AuditTrailRegistration.class.getName());

    @PersistenceUnit(unitName = "healthysociety")
    EntityManagerFactory factory;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @PostConstruct
    void register() {
        EventListenerRegistry registry = factory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .getService(EventListenerRegistry.class);
        AuditListener listener = new AuditListener(transactions);
        registry.appendListeners(EventType.POST_INSERT, listener);
        registry.appendListeners(EventType.POST_UPDATE, listener);
        registry.appendListeners(EventType.POST_DELETE, listener);
        registry.appendListeners(EventType.PRE_COLLECTION_UPDATE, listener);
        registry.appendListeners(EventType.PRE_COLLECTION_RECREATE, listener);
        registry.appendListeners(EventType.PRE_COLLECTION_REMOVE, listener);
        LOG.log(Level.INFO, "Audit trail registered");
    }
}
