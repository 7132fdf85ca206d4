package nl.leiden.healthysociety.service.meeting;

import java.time.LocalDateTime;
import java.util.List;

import nl.leiden.healthysociety.domain.meeting.MeetingStatus;
import nl.leiden.healthysociety.domain.meeting.MeetingType;

/**
 * A meeting as everyone may see it: no registrants, only how many seats are left. {@code closedReason} is the
 * message key saying why registration is not possible now, or null when it is.
 */
public record PublicMeeting(long id, MeetingType type, String title, String topic, String theme,
        String description, LocalDateTime startsAt, LocalDateTime endsAt, String location, String audience,
        List<String> organisers, MeetingStatus status, int capacity, long seatsLeft, long waiting,
        boolean registrationOpen, LocalDateTime registrationOpensAt, LocalDateTime registrationClosesAt,
        String closedReason) {

    public boolean full() {
        return seatsLeft <= 0;
    }
}
