package nl.leiden.healthysociety.service.meeting;

import java.time.LocalDateTime;

import nl.leiden.healthysociety.domain.meeting.MeetingStatus;
import nl.leiden.healthysociety.domain.meeting.RegistrantKind;
import nl.leiden.healthysociety.domain.meeting.RegistrationStatus;

/** A registration as its registrant sees it through their personal link. */
public record RegistrationView(long meetingId, String meetingTitle, LocalDateTime startsAt, LocalDateTime endsAt,
        String location, MeetingStatus meetingStatus, String name, String email, String organisation,
        RegistrantKind kind, String needs, String area, RegistrationStatus status, long position,
        boolean mayCancel) {

    @Override
    public String toString() {
        return "RegistrationView[" + meetingId + ", " + status + "]";
    }
}
