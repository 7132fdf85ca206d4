package nl.leiden.healthysociety.domain.question;

import jakarta.persistence.Converter;
import nl.leiden.healthysociety.domain.shared.EnumNameConverter;

/** Stores a {@link AskerKind} by name. */
@Converter(autoApply = true)
public class AskerKindConverter extends EnumNameConverter<AskerKind> {

    public AskerKindConverter() {
        super(AskerKind.class);
    }
}
