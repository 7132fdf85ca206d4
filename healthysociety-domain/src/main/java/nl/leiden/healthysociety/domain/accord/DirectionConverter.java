package nl.leiden.healthysociety.domain.accord;

import jakarta.persistence.Converter;
import nl.leiden.healthysociety.domain.shared.EnumNameConverter;

/** Stores an indicator's desired direction by name. */
@Converter(autoApply = true)
public class DirectionConverter extends EnumNameConverter<Direction> {

    public DirectionConverter() {
        super(Direction.class);
    }
}
