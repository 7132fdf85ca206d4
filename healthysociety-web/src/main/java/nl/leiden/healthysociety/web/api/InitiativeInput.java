package nl.leiden.healthysociety.web.api;

import java.time.LocalDate;
import java.util.Set;

import nl.leiden.healthysociety.domain.initiative.InitiativeStatus;
import nl.leiden.healthysociety.domain.initiative.LifeStage;
import nl.leiden.healthysociety.service.initiative.InitiativeData;

/** The body of a create or update; {@code version} only on update: the version the caller last saw. */
public record InitiativeInput(Long version, String number, String title, String description,
        InitiativeStatus status, LocalDate startDate, LocalDate endDate, Set<Long> themeIds, Set<Long> leadIds,
        Set<Long> partnerIds, Set<Long> targetGroupIds, Set<LifeStage> lifeStages, Set<Long> areaIds,
        Set<Long> ambitionIds, String contactName, String contactEmail, String website, Boolean published) {

    InitiativeData toData() {
        return new InitiativeData(number, title, description, status, startDate, endDate, themeIds, leadIds,
                partnerIds, targetGroupIds, lifeStages, areaIds, ambitionIds, contactName, contactEmail, website,
                Boolean.TRUE.equals(published));
    }
}
