package nl.leiden.healthysociety.service.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.account.Account;
import nl.leiden.healthysociety.domain.account.AccountRepository;

/** Accounts in the database; runs inside the calling service's transaction. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    @Override
    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        String normalised = Account.normaliseUsername(username);
        if (normalised == null) {
            return Optional.empty();
        }
        return em.createQuery("select a from Account a left join fetch a.organisation where a.username = :username",
                Account.class).setParameter("username", normalised).getResultStream().findFirst();
    }

    @Override
    public List<Account> list(int first, int pageSize) {
        return em.createQuery("select a from Account a left join fetch a.organisation order by a.username",
                Account.class).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize)).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    @Override
    public Account add(Account account) {
        em.persist(account);
        return account;
    }

    @Override
    public void recordLogin(long accountId, Instant at) {
        em.createQuery("update Account a set a.lastLoginAt = :at where a.id = :id")
                .setParameter("at", at)
                .setParameter("id", accountId)
                .executeUpdate();
    }
}
