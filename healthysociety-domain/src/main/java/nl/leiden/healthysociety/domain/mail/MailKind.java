package nl.leiden.healthysociety.domain.mail;

/** Why an e-mail is sent: about a registration, a meeting, a festival proposal or a Meeting Point question. */
public enum MailKind {
    REGISTRATION_CONFIRMED, REGISTRATION_WAITING, PROMOTED_FROM_WAITING_LIST, REGISTRATION_CANCELLED, REMINDER, MEETING_CANCELLED, MEETING_CHANGED, PROPOSAL_DECIDED, QUESTION_RECEIVED, QUESTION_ANSWER, QUESTION_ASSIGNED, QUESTION_REPLY, QUESTION_REMINDER
}
