package nl.leiden.healthysociety.service.meeting;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.domain.meeting.Meeting;
import nl.leiden.healthysociety.domain.meeting.MeetingStatus;
import nl.leiden.healthysociety.domain.meeting.MeetingType;

/** Meetings as iCalendar: one meeting for a calendar program, or the feed of all published ones. */
@ApplicationScoped
public class MeetingCalendar {

    static final String NAME = "Leiden Healthy Society Center: Kenniscafés en Beleidslabs";

    @Inject
    PublicLinks links;

    public String single(Meeting meeting) {
        return ICalendar.write(NAME, List.of(event(meeting)), Instant.now());
    }

    public String feed(List<Meeting> meetings) {
        return ICalendar.write(NAME, meetings.stream().map(this::event).toList(), Instant.now());
    }

    CalendarEvent event(Meeting meeting) {
        String kind = meeting.getType() == MeetingType.BELEIDSLAB ? "Beleidslab" : "Kenniscafé";
        String description = meeting.getDescription() == null
                ? kind
                : kind + "\n\n" + meeting.getDescription();
        return new CalendarEvent(links.uid(meeting.getId()), (int) Math.min(Integer.MAX_VALUE, meeting.getVersion()),
                meeting.getStartsAt(), meeting.getEndsAt(), meeting.getTitle(), meeting.getLocation(),
                description + "\n\n" + links.meeting(meeting.getId()), links.meeting(meeting.getId()),
                "Leiden Healthy Society Center", links.organiserEmail(),
                meeting.getStatus() == MeetingStatus.GEANNULEERD);
    }
}
