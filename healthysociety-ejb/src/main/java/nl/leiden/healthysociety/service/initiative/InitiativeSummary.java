package nl.leiden.healthysociety.service.initiative;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Collectors;

import nl.leiden.healthysociety.domain.initiative.Initiative;
import nl.leiden.healthysociety.domain.initiative.InitiativeStatus;
import nl.leiden.healthysociety.domain.organisation.Organisation;

/** One initiative as a list shows it. */
public record InitiativeSummary(long id, String number, String title, InitiativeStatus status, String leads,
        Instant lastUpdatedAt, boolean published) implements Serializable {

    public static InitiativeSummary of(Initiative initiative) {
        return new InitiativeSummary(initiative.getId(), initiative.getNumber(), initiative.getTitle(),
                initiative.getStatus(),
                initiative.getLeads()
                        .stream()
                        .map(Organisation::getName)
                        .sorted(Comparator.comparing(String::toLowerCase))
                        .collect(Collectors.joining(", ")),
                initiative.getLastUpdatedAt(), initiative.isPublished());
    }
}
