package nl.leiden.healthysociety.domain.meeting;

import jakarta.persistence.Converter;
import nl.leiden.healthysociety.domain.shared.EnumNameConverter;

/** Stores a {@link MeetingType} by name. */
@Converter(autoApply = true)
public class MeetingTypeConverter extends EnumNameConverter<MeetingType> {

    public MeetingTypeConverter() {
        super(MeetingType.class);
    }
}
