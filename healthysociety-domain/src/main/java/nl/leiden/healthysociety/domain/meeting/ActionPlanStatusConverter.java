package nl.leiden.healthysociety.domain.meeting;

import jakarta.persistence.Converter;
import nl.leiden.healthysociety.domain.shared.EnumNameConverter;

/** Stores a {@link ActionPlanStatus} by name. */
@Converter(autoApply = true)
public class ActionPlanStatusConverter extends EnumNameConverter<ActionPlanStatus> {

    public ActionPlanStatusConverter() {
        super(ActionPlanStatus.class);
    }
}
