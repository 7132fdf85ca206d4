package nl.leiden.healthysociety.domain.meeting;

import jakarta.persistence.Converter;
import nl.leiden.healthysociety.domain.shared.EnumNameConverter;

/** Stores a {@link RegistrantKind} by name. */
@Converter(autoApply = true)
public class RegistrantKindConverter extends EnumNameConverter<RegistrantKind> {

    public RegistrantKindConverter() {
        super(RegistrantKind.class);
    }
}
