package nl.leiden.healthysociety.service.account;

import java.time.Instant;
import java.util.Optional;

/**
 * What a login attempt came to: a caller, a refusal (the same whatever the reason), or a block because of too many
 * failed attempts for this name or from this address, with the moment the block ends.
 */
public record LoginOutcome(AuthenticatedCaller caller, Instant blockedUntil) {

    static LoginOutcome of(AuthenticatedCaller caller) {
        return new LoginOutcome(caller, null);
    }

    static LoginOutcome refusal() {
        return new LoginOutcome(null, null);
    }

    static LoginOutcome block(Instant until) {
        return new LoginOutcome(null, until);
    }

    public Optional<AuthenticatedCaller> accepted() {
        return Optional.ofNullable(caller);
    }

    public boolean isBlocked() {
        return blockedUntil != null;
    }
}
