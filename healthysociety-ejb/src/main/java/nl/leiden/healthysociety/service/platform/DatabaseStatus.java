package nl.leiden.healthysociety.service.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/** Answers whether the database can be reached, for the readiness check that load balancers poll. */
@Stateless
@PermitAll
public class DatabaseStatus {

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean isReachable() {
        try {
            return em.createNativeQuery("select 1").getSingleResult() != null;
        } catch (PersistenceException e) {
            return false;
        }
    }
}
