/**
 * Sending e-mail through the outbox: {@link nl.leiden.healthysociety.service.mail.MailOutbox} stores a message in
 * the caller's transaction, {@link nl.leiden.healthysociety.service.mail.MailSender} sends what is due after the
 * commit and on a timer, through the configured mail session.
 */
package nl.leiden.healthysociety.service.mail;
