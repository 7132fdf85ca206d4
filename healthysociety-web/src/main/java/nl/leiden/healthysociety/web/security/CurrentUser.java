package nl.leiden.healthysociety.web.security;

import java.security.Principal;

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

    @Inject
    SessionAccount session;

    private AccountView account;
    private Boolean loggedIn;
    private Boolean beheerder;
    private Boolean medewerker;
    private Boolean partner;

    // Each answer is asked once per request: the layout asks several times, and every question goes through the
    // container's security context.

    public boolean isLoggedIn() {
        if (loggedIn == null) {
            loggedIn = securityContext.getCallerPrincipal() != null;
        }
        return loggedIn;
    }

    public boolean isBeheerder() {
        if (beheerder == null) {
            beheerder = isLoggedIn() && securityContext.isCallerInRole(Names.BEHEERDER);
        }
        return beheerder;
    }

    public boolean isMedewerker() {
        if (medewerker == null) {
            medewerker = isLoggedIn() && securityContext.isCallerInRole(Names.MEDEWERKER);
        }
        return medewerker;
    }

    public boolean isPartner() {
        if (partner == null) {
            partner = isLoggedIn() && securityContext.isCallerInRole(Names.PARTNER);
        }
        return partner;
    }

    /** The account of whoever is logged in, kept in the session after the first page so it is read once. */
    public AccountView getAccount() {
        // The principal is asked again rather than trusting isLoggedIn(): an error page rendered in the same
        // request (after a refused service call) may run without it.
        Principal principal = securityContext.getCallerPrincipal();
        if (account == null && principal != null) {
            String name = principal.getName();
            AccountView remembered = session.getAccount();
            if (remembered == null || !remembered.username().equalsIgnoreCase(name)) {
                remembered = accounts.currentAccount();
                session.setAccount(remembered);
            }
            account = remembered;
        }
        return account;
    }
}
