package nl.leiden.healthysociety.web.security;

import java.io.Serializable;
import java.util.Set;

import nl.leiden.healthysociety.service.account.AuthenticatedCaller;

/**
 * Who logged in on screen in this session, with the roles they got at login: kept as a plain session attribute, so
 * that it travels with the session to another instance of a cluster (Payara Micro replicates session attributes
 * through its data grid, not the container's own record of the login, which arrives there without the caller's
 * groups).
 */
record SessionLogin(String username, Set<String> roles) implements Serializable {

    /** Session attribute holding the login. */
    static final String ATTRIBUTE = SessionLogin.class.getName();

    private static final long serialVersionUID = 1L;

    SessionLogin {
        roles = Set.copyOf(roles);
    }

    static SessionLogin of(AuthenticatedCaller caller) {
        return new SessionLogin(caller.username(), caller.roles());
    }
}
