package nl.leiden.healthysociety.service.meeting;

import java.time.LocalDateTime;

import nl.leiden.healthysociety.domain.meeting.Attendance;
import nl.leiden.healthysociety.domain.meeting.RegistrantKind;
import nl.leiden.healthysociety.domain.meeting.RegistrationStatus;

/** One registration in the list that medewerkers use to prepare a meeting and check people in. */
public record RegistrantRow(long id, String name, String email, String organisation, RegistrantKind kind,
        String needs, String area, RegistrationStatus status, long position, Attendance attendance,
        LocalDateTime registeredAt, boolean anonymised) {

    @Override
    public String toString() {
        return "RegistrantRow[" + id + ", " + status + "]";
    }
}
