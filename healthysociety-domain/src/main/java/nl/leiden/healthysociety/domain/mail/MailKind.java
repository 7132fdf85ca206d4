package nl.leiden.healthysociety.domain.mail;

/** Why an e-mail is sent; the meeting page counts them by kind. */
public enum MailKind {
    REGISTRATION_CONFIRMED, REGISTRATION_WAITING, PROMOTED_FROM_WAITING_LIST, REGISTRATION_CANCELLED, REMINDER, MEETING_CANCELLED, MEETING_CHANGED, PROPOSAL_DECIDED
}
