package nl.leiden.healthysociety.service.account;

import java.io.Serializable;
import java.time.Instant;

import nl.leiden.healthysociety.domain.account.TokenPurpose;

/** What the page behind a one-time link shows: whether it is an invitation or a reset, for whom, until when. */
public record PasswordLink(TokenPurpose purpose, String displayName, String username, Instant expiresAt)
        implements
            Serializable {
}
