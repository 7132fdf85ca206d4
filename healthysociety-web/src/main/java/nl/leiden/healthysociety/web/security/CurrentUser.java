package nl.leiden.healthysociety.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import nl.leiden.healthysociety.domain.account.Role.Names;
import nl.leiden.healthysociety.service.account.AccountService;
import nl.leiden.healthysociety.service.account.AccountView;

/**
 * Who is looking at the page, for showing the right navigation. Only for display: what a caller may do is checked
 * by the services.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountService accounts;

    private AccountView account;

    public boolean isLoggedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public boolean isBeheerder() {
        return securityContext.isCallerInRole(Names.BEHEERDER);
    }

    public boolean isMedewerker() {
        return securityContext.isCallerInRole(Names.MEDEWERKER);
    }

    public boolean isPartner() {
        return securityContext.isCallerInRole(Names.PARTNER);
    }

    public AccountView getAccount() {
        if (account == null && isLoggedIn()) {
            account = accounts.currentAccount();
        }
        return account;
    }
}
