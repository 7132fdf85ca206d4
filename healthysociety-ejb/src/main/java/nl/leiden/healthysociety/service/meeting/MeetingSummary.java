package nl.leiden.healthysociety.service.meeting;

import java.time.LocalDateTime;

import nl.leiden.healthysociety.domain.meeting.MeetingStatus;
import nl.leiden.healthysociety.domain.meeting.MeetingType;

/** A meeting in the intranet's list, with how full it is. */
public record MeetingSummary(long id, MeetingType type, String title, LocalDateTime startsAt, LocalDateTime endsAt,
        String location, int capacity, long confirmed, long waiting, MeetingStatus status) {
}
