package nl.leiden.healthysociety.service.mail;

/** Fired when a message enters the outbox; after the commit it sets the sender going. */
public record MailQueued(long messageId) {
}
