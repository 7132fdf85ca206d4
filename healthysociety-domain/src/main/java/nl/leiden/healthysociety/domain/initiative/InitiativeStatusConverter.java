package nl.leiden.healthysociety.domain.initiative;

import jakarta.persistence.Converter;
import nl.leiden.healthysociety.domain.shared.EnumNameConverter;

/** Stores an initiative's status by name. */
@Converter(autoApply = true)
public class InitiativeStatusConverter extends EnumNameConverter<InitiativeStatus> {

    public InitiativeStatusConverter() {
        super(InitiativeStatus.class);
    }
}
