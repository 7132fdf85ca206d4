package nl.leiden.healthysociety.domain.initiative;

import jakarta.persistence.Converter;
import nl.leiden.healthysociety.domain.shared.EnumNameConverter;

/** Stores a life stage by name. */
@Converter(autoApply = true)
public class LifeStageConverter extends EnumNameConverter<LifeStage> {

    public LifeStageConverter() {
        super(LifeStage.class);
    }
}
