package nl.leiden.healthysociety.service.mail;

/** The content of an e-mail: subject, plain-text body and an optional iCalendar attachment. */
public record Letter(String subject, String body, String calendar) {
}
