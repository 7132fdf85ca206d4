package nl.leiden.healthysociety.domain.festival;

import jakarta.persistence.Converter;
import nl.leiden.healthysociety.domain.shared.EnumNameConverter;

/** Stores a {@link SessionFormat} by name. */
@Converter(autoApply = true)
public class SessionFormatConverter extends EnumNameConverter<SessionFormat> {

    public SessionFormatConverter() {
        super(SessionFormat.class);
    }
}
