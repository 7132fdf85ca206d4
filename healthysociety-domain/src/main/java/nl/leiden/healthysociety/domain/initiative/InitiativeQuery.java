package nl.leiden.healthysociety.domain.initiative;

import java.time.Instant;

/**
 * What a list of initiatives is filtered on; null fields do not filter.
 *
 * @param text words in title or description, compared without case and accents
 * @param themeId has this theme
 * @param ambitionId contributes to this ambition
 * @param areaId works in this area
 * @param organisationId has this organisation as lead or partner
 * @param status is in this status
 * @param targetGroupId is meant for this target group
 * @param lifeStage addresses this stage of life
 * @param notUpdatedSince last changed before this moment
 * @param publishedOnly only published initiatives (the public API)
 */
public record InitiativeQuery(String text, Long themeId, Long ambitionId, Long areaId, Long organisationId,
        InitiativeStatus status, Long targetGroupId, LifeStage lifeStage, Instant notUpdatedSince,
        boolean publishedOnly) {

    public static InitiativeQuery all() {
        return new InitiativeQuery(null, null, null, null, null, null, null, null, null, false);
    }

    public InitiativeQuery withText(String newText) {
        return new InitiativeQuery(newText, themeId, ambitionId, areaId, organisationId, status, targetGroupId,
                lifeStage, notUpdatedSince, publishedOnly);
    }

    public InitiativeQuery withOrganisation(Long newOrganisationId) {
        return new InitiativeQuery(text, themeId, ambitionId, areaId, newOrganisationId, status, targetGroupId,
                lifeStage, notUpdatedSince, publishedOnly);
    }

    public InitiativeQuery onlyPublished() {
        return new InitiativeQuery(text, themeId, ambitionId, areaId, organisationId, status, targetGroupId,
                lifeStage, notUpdatedSince, true);
    }
}
