package nl.leiden.healthysociety.web.organisation;

import java.io.Serializable;

import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.organisation.OrganisationType;

/** One organisation as a list shows it. */
public record OrganisationRow(long id, String name, OrganisationType type, boolean corePartner, String website,
        boolean active) implements Serializable {

    public static OrganisationRow of(Organisation organisation) {
        return new OrganisationRow(organisation.getId(), organisation.getName(), organisation.getType(),
                organisation.isCorePartner(), organisation.getWebsite(), organisation.isActive());
    }
}
