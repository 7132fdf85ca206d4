package nl.leiden.healthysociety.service.mail;

/** A message taken from the outbox for one sending attempt. */
public record Outgoing(long id, String recipient, String subject, String body, String calendar) {

    @Override
    public String toString() {
        return "Outgoing[" + id + "]";
    }
}
