package nl.leiden.healthysociety.service.account;

import java.time.Instant;
import java.util.Optional;

/**
 * What a login attempt came to: a caller, a refusal (the same whatever the reason), a block because of too many
 * failed attempts for this name or from this address (with the moment the block ends), or a right password whose
 * account also needs the code of its authenticator app. An accepted caller may still have to set up a second factor
 * before doing anything else.
 */
public record LoginOutcome(AuthenticatedCaller caller, Instant blockedUntil, boolean codeRequired,
        boolean secondFactorSetupRequired) {

    static LoginOutcome of(AuthenticatedCaller caller, boolean secondFactorSetupRequired) {
        return new LoginOutcome(caller, null, false, secondFactorSetupRequired);
    }

    static LoginOutcome refusal() {
        return new LoginOutcome(null, null, false, false);
    }

    static LoginOutcome block(Instant until) {
        return new LoginOutcome(null, until, false, false);
    }

    static LoginOutcome codeNeeded() {
        return new LoginOutcome(null, null, true, false);
    }

    public Optional<AuthenticatedCaller> accepted() {
        return Optional.ofNullable(caller);
    }

    public boolean isBlocked() {
        return blockedUntil != null;
    }
}
