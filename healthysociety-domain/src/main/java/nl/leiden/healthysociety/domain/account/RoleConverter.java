package nl.leiden.healthysociety.domain.account;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the role as its name in a varchar column (see OrganisationTypeConverter for why not @Enumerated). */
@Converter(autoApply = true)
public class RoleConverter implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.name();
    }

    @Override
    public Role convertToEntityAttribute(String name) {
        return name == null ? null : Role.valueOf(name);
    }
}
