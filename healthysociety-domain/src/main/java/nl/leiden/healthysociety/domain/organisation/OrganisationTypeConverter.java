package nl.leiden.healthysociety.domain.organisation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores the type as its name in a plain varchar column. A converter rather than {@code @Enumerated} because
 * Hibernate 6 maps enums to a native enum type on H2, which would make the same migration fail validation there.
 */
@Converter(autoApply = true)
public class OrganisationTypeConverter implements AttributeConverter<OrganisationType, String> {

    @Override
    public String convertToDatabaseColumn(OrganisationType type) {
        return type == null ? null : type.name();
    }

    @Override
    public OrganisationType convertToEntityAttribute(String name) {
        return name == null ? null : OrganisationType.valueOf(name);
    }
}
