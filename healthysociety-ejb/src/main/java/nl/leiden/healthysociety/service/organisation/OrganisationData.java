package nl.leiden.healthysociety.service.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.organisation.OrganisationType;

/** What a beheerder fills in for an organisation, on the screen or through the API. */
public record OrganisationData(
        @NotBlank(message = "{validation.required}") @Size(max = Organisation.NAME_MAX, message = "{validation.tooLong}") String name,
        @NotNull(message = "{validation.required}") OrganisationType type,
        boolean corePartner,
        @Size(max = Organisation.WEBSITE_MAX, message = "{validation.tooLong}") @Pattern(regexp = "^(https?://\\S+)?$", message = "{validation.url}") String website,
        @Size(max = Organisation.EMAIL_MAX, message = "{validation.tooLong}") @Email(message = "{validation.email}") String contactEmail,
        @Size(max = Organisation.DESCRIPTION_MAX, message = "{validation.tooLong}") String description) {
}
