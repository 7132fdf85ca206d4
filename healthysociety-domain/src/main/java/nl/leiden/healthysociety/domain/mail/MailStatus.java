package nl.leiden.healthysociety.domain.mail;

/** Waiting to be sent (also after a failed attempt that will be retried), sent, or given up after the last try. */
public enum MailStatus {
    PENDING, SENT, FAILED
}
