package nl.leiden.healthysociety.service.festival;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import nl.leiden.healthysociety.domain.festival.SessionFormat;

/** A published festival programme as everyone may see it: per day, the sessions in order of time and room. */
public record PublicProgramme(int year, String theme, LocalDate firstDay, LocalDate lastDay, List<Day> days) {

    public record Day(LocalDate day, List<Session> sessions) {
    }

    /** One session: when, where, what, by whom, and how many seats are left. */
    public record Session(long meetingId, LocalDate day, LocalTime startsAt, LocalTime endsAt, String title,
            String summary,
            SessionFormat format, String theme, String organisation, List<String> speakers, String room,
            String accessibility, int capacity, long seatsLeft, boolean cancelled) {
    }
}
