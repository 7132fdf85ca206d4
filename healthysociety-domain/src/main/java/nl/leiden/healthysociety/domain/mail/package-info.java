/** The outbox: e-mails stored with the change that causes them and sent afterwards, with retries. */
package nl.leiden.healthysociety.domain.mail;
