package nl.leiden.healthysociety.domain.account;

import jakarta.persistence.Converter;
import nl.leiden.healthysociety.domain.shared.EnumNameConverter;

/** Stores an account's role by name. */
@Converter(autoApply = true)
public class RoleConverter extends EnumNameConverter<Role> {

    public RoleConverter() {
        super(Role.class);
    }
}
