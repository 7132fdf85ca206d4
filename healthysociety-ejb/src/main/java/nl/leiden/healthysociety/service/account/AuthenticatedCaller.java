package nl.leiden.healthysociety.service.account;

import java.util.Set;

/** The outcome of a successful login: the name the container knows the caller by, and the caller's roles. */
public record AuthenticatedCaller(String username, Set<String> roles) {

    public AuthenticatedCaller {
        roles = Set.copyOf(roles);
    }
}
