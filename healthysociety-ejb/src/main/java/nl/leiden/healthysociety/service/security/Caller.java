package nl.leiden.healthysociety.service.security;

import nl.leiden.healthysociety.domain.account.Account;
import nl.leiden.healthysociety.domain.account.Role;
import nl.leiden.healthysociety.domain.organisation.Organisation;

/** Who calls a service: the account, its role and, for a partner, its organisation. */
public record Caller(Account account, Role role, Organisation organisation) {

    public boolean isPartner() {
        return role == Role.PARTNER;
    }

    /** Medewerkers and beheerders act for the whole Center; partners only for their own organisation. */
    public boolean actsForEveryone() {
        return role == Role.BEHEERDER || role == Role.MEDEWERKER;
    }

    public boolean belongsTo(Organisation other) {
        return organisation != null && organisation.equals(other);
    }
}
