package nl.leiden.healthysociety.domain.account;

import java.util.List;
import java.util.Optional;

/** Stored accounts. Implemented with JPA in the EJB module. */
public interface AccountRepository {

    Optional<Account> find(long id);

    Optional<Account> findByUsername(String username);

    List<Account> list(int first, int pageSize);

    long count();

    Account add(Account account);
}
