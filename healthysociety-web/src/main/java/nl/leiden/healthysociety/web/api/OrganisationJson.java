package nl.leiden.healthysociety.web.api;

import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.organisation.OrganisationType;

/** An organisation in the API. {@code version} must be sent back unchanged with an update. */
public record OrganisationJson(long id, long version, String name, OrganisationType type, boolean corePartner,
        String website, String contactEmail, String description, boolean active) {

    static OrganisationJson of(Organisation organisation) {
        return new OrganisationJson(organisation.getId(), organisation.getVersion(), organisation.getName(),
                organisation.getType(), organisation.isCorePartner(), organisation.getWebsite(),
                organisation.getContactEmail(), organisation.getDescription(), organisation.isActive());
    }
}
