package nl.leiden.healthysociety.domain.meeting;

import jakarta.persistence.Converter;
import nl.leiden.healthysociety.domain.shared.EnumNameConverter;

/** Stores a {@link Attendance} by name. */
@Converter(autoApply = true)
public class AttendanceConverter extends EnumNameConverter<Attendance> {

    public AttendanceConverter() {
        super(Attendance.class);
    }
}
