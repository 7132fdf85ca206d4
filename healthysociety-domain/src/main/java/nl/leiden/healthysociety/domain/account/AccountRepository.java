package nl.leiden.healthysociety.domain.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored accounts. Implemented with JPA in the EJB module. */
public interface AccountRepository {

    Optional<Account> find(long id);

    Optional<Account> findByUsername(String username);

    List<Account> list(int first, int pageSize);

    long count();

    Account add(Account account);

    /**
     * Notes a successful login without touching the account's version: logins (every API call with Basic
     * authentication is one) may run side by side, and must not conflict with each other or with an edit.
     */
    void recordLogin(long accountId, Instant at);
}
