package nl.leiden.healthysociety.service.account;

import java.io.Serializable;
import java.time.Instant;

import nl.leiden.healthysociety.domain.account.Account;
import nl.leiden.healthysociety.domain.account.Role;

/** An account as screens and the API show it: never the password hash. */
public record AccountView(long id, long version, String username, String displayName, Role role,
        Long organisationId, String organisationName, boolean enabled, Instant createdAt, Instant lastLoginAt,
        String email)
        implements
            Serializable {

    public static AccountView of(Account account) {
        var organisation = account.getOrganisation();
        return new AccountView(account.getId(), account.getVersion(), account.getUsername(), account.getDisplayName(),
                account.getRole(), organisation == null ? null : organisation.getId(),
                organisation == null ? null : organisation.getName(), account.isEnabled(), account.getCreatedAt(),
                account.getLastLoginAt(), account.getEmail());
    }
}
