package nl.leiden.healthysociety.domain.meeting;

import jakarta.persistence.Converter;
import nl.leiden.healthysociety.domain.shared.EnumNameConverter;

/** Stores a {@link MeetingStatus} by name. */
@Converter(autoApply = true)
public class MeetingStatusConverter extends EnumNameConverter<MeetingStatus> {

    public MeetingStatusConverter() {
        super(MeetingStatus.class);
    }
}
