package nl.leiden.healthysociety.web.api;

import nl.leiden.healthysociety.domain.organisation.OrganisationType;
import nl.leiden.healthysociety.service.organisation.OrganisationData;

/**
 * The body of a create or update. {@code version} is only read on update: the version the caller last saw.
 */
public record OrganisationInput(Long version, String name, OrganisationType type, Boolean corePartner,
        String website, String contactEmail, String description) {

    OrganisationData toData() {
        return new OrganisationData(name, type, Boolean.TRUE.equals(corePartner), website, contactEmail,
                description);
    }
}
