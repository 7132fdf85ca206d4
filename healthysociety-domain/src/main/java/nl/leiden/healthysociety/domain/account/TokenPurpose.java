package nl.leiden.healthysociety.domain.account;

/** What a one-time account link is for: setting the first password after an invitation, or a reset. */
public enum TokenPurpose {
    INVITATION, RESET
}
