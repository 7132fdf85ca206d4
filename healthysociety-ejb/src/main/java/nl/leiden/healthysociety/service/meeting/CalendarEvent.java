package nl.leiden.healthysociety.service.meeting;

import java.time.Instant;

/** What an iCalendar event says about a meeting; the organiser is a name and an e-mail address. */
public record CalendarEvent(String uid, int sequence, Instant start, Instant end, String summary, String location,
        String description, String url, String organiserName, String organiserEmail, boolean cancelled) {
}
