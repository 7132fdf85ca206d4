package nl.leiden.healthysociety.service.security;

import java.security.Principal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.domain.account.Account;
import nl.leiden.healthysociety.domain.account.AccountRepository;
import nl.leiden.healthysociety.domain.shared.NotAllowedException;

/**
 * Finds the account behind the caller principal that an EJB's SessionContext reports. Services pass the principal
 * in, rather than this bean injecting it, so it is always the principal of the call at hand.
 */
@ApplicationScoped
public class CallerLookup {

    @Inject
    AccountRepository accounts;

    public Caller of(Principal principal) {
        Account account = principal == null
                ? null
                : accounts.findByUsername(principal.getName()).filter(Account::isEnabled).orElse(null);
        if (account == null) {
            throw new NotAllowedException("error.notAllowed");
        }
        return new Caller(account, account.getRole(), account.getOrganisation());
    }
}
