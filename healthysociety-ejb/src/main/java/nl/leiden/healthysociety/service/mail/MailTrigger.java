package nl.leiden.healthysociety.service.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Starts sending once the transaction that queued a message has committed, without making the caller wait. */
@ApplicationScoped
public class MailTrigger {

    @Inject
    MailSender sender;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        sender.sendDueLater();
    }
}
