package nl.leiden.healthysociety.service.initiative;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.leiden.healthysociety.domain.initiative.Initiative;
import nl.leiden.healthysociety.domain.initiative.InitiativeStatus;
import nl.leiden.healthysociety.domain.initiative.LifeStage;

/** What is filled in for an initiative, on the screen, through the API or in an import. */
public record InitiativeData(
        @Size(max = Initiative.NUMBER_MAX, message = "{validation.tooLong}") String number,
        @NotBlank(message = "{validation.required}") @Size(max = Initiative.TITLE_MAX, message = "{validation.tooLong}") String title,
        @Size(max = Initiative.DESCRIPTION_MAX, message = "{validation.tooLong}") String description,
        @NotNull(message = "{validation.required}") InitiativeStatus status,
        LocalDate startDate,
        LocalDate endDate,
        Set<Long> themeIds,
        @NotEmpty(message = "{validation.initiative.leadRequired}") Set<Long> leadIds,
        Set<Long> partnerIds,
        Set<Long> targetGroupIds,
        Set<LifeStage> lifeStages,
        Set<Long> areaIds,
        Set<Long> ambitionIds,
        @Size(max = Initiative.CONTACT_NAME_MAX, message = "{validation.tooLong}") String contactName,
        @Size(max = Initiative.EMAIL_MAX, message = "{validation.tooLong}") @Email(message = "{validation.email}") String contactEmail,
        @Size(max = Initiative.WEBSITE_MAX, message = "{validation.tooLong}") @Pattern(regexp = "^(https?://\\S+)?$", message = "{validation.url}") String website,
        boolean published) {

    public InitiativeData {
        themeIds = copy(themeIds);
        leadIds = copy(leadIds);
        partnerIds = copy(partnerIds);
        targetGroupIds = copy(targetGroupIds);
        lifeStages = lifeStages == null ? Set.of() : Set.copyOf(lifeStages);
        areaIds = copy(areaIds);
        ambitionIds = copy(ambitionIds);
    }

    private static Set<Long> copy(Set<Long> ids) {
        return ids == null ? Set.of() : Set.copyOf(ids);
    }

    @Override
    public String toString() {
        return "InitiativeData[" + number + "]";
    }
}
