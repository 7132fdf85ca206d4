package nl.leiden.healthysociety.domain.meeting;

import jakarta.persistence.Converter;
import nl.leiden.healthysociety.domain.shared.EnumNameConverter;

/** Stores a {@link RegistrationStatus} by name. */
@Converter(autoApply = true)
public class RegistrationStatusConverter extends EnumNameConverter<RegistrationStatus> {

    public RegistrationStatusConverter() {
        super(RegistrationStatus.class);
    }
}
