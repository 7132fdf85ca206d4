package nl.leiden.healthysociety.web.security;

import java.security.Principal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
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
    HttpServletRequest request;

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
    // container's security context. Whether someone is logged in, and who, is read from the request, which carries
    // the same login: on Payara 6 every SecurityContext.getCallerPrincipal() tries to load other servers' classes
    // under the web application's class loader lock, which the request threads then queue for on every page. Roles
    // come from the request too: the security context's isCallerInRole looks up an EJB context in JNDI on every
    // call (and fails with an exception outside an EJB) before asking JACC.

    public boolean isLoggedIn() {
        if (loggedIn == null) {
            loggedIn = request.getUserPrincipal() != null;
        }
        return loggedIn;
    }

    public boolean isBeheerder() {
        if (beheerder == null) {
            beheerder = isLoggedIn() && request.isUserInRole(Names.BEHEERDER);
        }
        return beheerder;
    }

    public boolean isMedewerker() {
        if (medewerker == null) {
            medewerker = isLoggedIn() && request.isUserInRole(Names.MEDEWERKER);
        }
        return medewerker;
    }

    public boolean isPartner() {
        if (partner == null) {
            partner = isLoggedIn() && request.isUserInRole(Names.PARTNER);
        }
        return partner;
    }

    /** The account of whoever is logged in, kept in the session after the first page so it is read once. */
    public AccountView getAccount() {
        Principal principal = request.getUserPrincipal();
        if (account == null && principal != null) {
            AccountView remembered = session.getAccount();
            if (remembered != null && remembered.username().equalsIgnoreCase(principal.getName())) {
                account = remembered;
            } else if (securityContext.getCallerPrincipal() != null) {
                // Only with a caller in the security context: an error page rendered in the same request (after a
                // refused service call) may run without it, and the service would refuse again.
                remembered = accounts.currentAccount();
                session.setAccount(remembered);
                account = remembered;
            }
        }
        return account;
    }
}
