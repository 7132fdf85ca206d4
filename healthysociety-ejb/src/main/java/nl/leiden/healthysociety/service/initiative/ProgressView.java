package nl.leiden.healthysociety.service.initiative;

import java.io.Serializable;
import java.time.LocalDate;

import nl.leiden.healthysociety.domain.account.Account;
import nl.leiden.healthysociety.domain.initiative.InitiativeStatus;
import nl.leiden.healthysociety.domain.initiative.ProgressUpdate;

/** A progress update as the detail page shows it, with who wrote it. */
public record ProgressView(long id, LocalDate date, String text, InitiativeStatus statusChange, String author,
        String authorOrganisation) implements Serializable {

    static ProgressView of(ProgressUpdate update) {
        Account author = update.getAuthor();
        return new ProgressView(update.getId(), update.getDate(), update.getText(), update.getStatusChange(),
                author == null ? null : author.getDisplayName(),
                author == null || author.getOrganisation() == null ? null : author.getOrganisation().getName());
    }
}
