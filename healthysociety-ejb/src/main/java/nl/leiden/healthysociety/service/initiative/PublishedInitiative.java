package nl.leiden.healthysociety.service.initiative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.leiden.healthysociety.domain.initiative.Initiative;
import nl.leiden.healthysociety.domain.initiative.InitiativeStatus;
import nl.leiden.healthysociety.domain.initiative.LifeStage;
import nl.leiden.healthysociety.service.reference.Named;

/**
 * A published initiative as open data: everything but the contact person, which is personal data. Built field by
 * field, so a field added to the initiative later is not published by accident.
 */
public record PublishedInitiative(long id, String number, String title, String description,
        InitiativeStatus status, LocalDate startDate, LocalDate endDate, List<Named> themes, List<Named> leads,
        List<Named> partners, List<Named> targetGroups, Set<LifeStage> lifeStages, List<Named> areas,
        List<Named> ambitions, String website, Instant lastUpdatedAt) {

    static PublishedInitiative of(Initiative i, InitiativeLinks links) {
        return new PublishedInitiative(i.getId(), i.getNumber(), i.getTitle(), i.getDescription(), i.getStatus(),
                i.getStartDate(), i.getEndDate(), links.themes(), links.leads(), links.partners(),
                links.targetGroups(), links.lifeStages(), links.areas(), links.ambitions(), i.getWebsite(),
                i.getLastUpdatedAt());
    }

    static PublishedInitiative of(Initiative i) {
        return new PublishedInitiative(i.getId(), i.getNumber(), i.getTitle(), i.getDescription(), i.getStatus(),
                i.getStartDate(), i.getEndDate(),
                InitiativeDetails.named(i.getThemes(), t -> t.getId(), t -> t.getName()),
                InitiativeDetails.named(i.getLeads(), o -> o.getId(), o -> o.getName()),
                InitiativeDetails.named(i.getPartners(), o -> o.getId(), o -> o.getName()),
                InitiativeDetails.named(i.getTargetGroups(), g -> g.getId(), g -> g.getName()), i.getLifeStages(),
                InitiativeDetails.named(i.getAreas(), a -> a.getId(), a -> a.getName()),
                InitiativeDetails.named(i.getAmbitions(), a -> a.getId(), a -> a.getName()), i.getWebsite(),
                i.getLastUpdatedAt());
    }
}
