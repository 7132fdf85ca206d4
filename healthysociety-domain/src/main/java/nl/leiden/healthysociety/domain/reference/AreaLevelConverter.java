package nl.leiden.healthysociety.domain.reference;

import jakarta.persistence.Converter;
import nl.leiden.healthysociety.domain.shared.EnumNameConverter;

/** Stores an area's level by name. */
@Converter(autoApply = true)
public class AreaLevelConverter extends EnumNameConverter<AreaLevel> {

    public AreaLevelConverter() {
        super(AreaLevel.class);
    }
}
