package nl.leiden.healthysociety.domain.organisation;

import jakarta.persistence.Converter;
import nl.leiden.healthysociety.domain.shared.EnumNameConverter;

/** Stores an organisation's type by name. */
@Converter(autoApply = true)
public class OrganisationTypeConverter extends EnumNameConverter<OrganisationType> {

    public OrganisationTypeConverter() {
        super(OrganisationType.class);
    }
}
