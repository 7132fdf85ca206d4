package nl.leiden.healthysociety.domain.accord;

import jakarta.persistence.Converter;
import nl.leiden.healthysociety.domain.shared.EnumNameConverter;

/** Stores an indicator's unit by name. */
@Converter(autoApply = true)
public class IndicatorUnitConverter extends EnumNameConverter<IndicatorUnit> {

    public IndicatorUnitConverter() {
        super(IndicatorUnit.class);
    }
}
