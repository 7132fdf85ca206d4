package nl.leiden.healthysociety.service.festival;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.domain.festival.SessionProposal;
import nl.leiden.healthysociety.domain.mail.MailKind;
import nl.leiden.healthysociety.domain.meeting.Meeting;
import nl.leiden.healthysociety.domain.meeting.MeetingRepository;
import nl.leiden.healthysociety.domain.meeting.MeetingStatus;
import nl.leiden.healthysociety.domain.meeting.MeetingType;
import nl.leiden.healthysociety.domain.meeting.RegistrationStatus;
import nl.leiden.healthysociety.service.meeting.LeidenTime;
import nl.leiden.healthysociety.service.meeting.MeetingMails;
import nl.leiden.healthysociety.service.meeting.Seats;

/**
 * Keeps a festival session's meeting (what visitors register for) in line with the session's place in a
 * published programme. Callers check who may do this; the programme service and the demo data use it.
 */
@ApplicationScoped
public class SessionMeetings {

    @Inject
    MeetingRepository meetings;

    @Inject
    MeetingMails mails;

    @Inject
    Seats seats;

    /**
     * Brings a session's meeting in line with its place: a new meeting when first placed, the new time and room
     * (e-mailed to its visitors) when moved, cancelled (e-mailed) when taken out of the programme.
     */
    public void follow(SessionProposal session, Instant now) {
        Meeting meeting = session.getMeeting();
        if (!session.isPlaced()) {
            if (meeting != null && meeting.getStatus() == MeetingStatus.GEPUBLICEERD) {
                meeting.cancel();
                mails.sendToAll(MailKind.MEETING_CANCELLED, meetings.registrations(meeting));
            }
            return;
        }
        Instant start = LeidenTime
                .instant(LocalDateTime.of(session.getSlot().getDay(), session.getSlot().getStartsAt()));
        Instant end = start.plusSeconds(60L * session.getDurationMinutes());
        String location = session.getRoom().label();
        int capacity = Math.min(session.getRoom().getCapacity(), 5000);
        if (meeting == null || meeting.getStatus() == MeetingStatus.GEANNULEERD) {
            Meeting created = new Meeting(MeetingType.FESTIVALSESSIE, session.getTitle(), start, end, location,
                    capacity, Set.of(session.getOrganisation()), now);
            created.describe(session.getTitle(), null, session.getTheme(), session.getSummary(), session.getAudience());
            created.publish();
            meetings.add(created);
            session.attach(created);
            return;
        }
        boolean moved = meeting.isMovedBy(start, end, location);
        meeting.schedule(start, end, location);
        if (capacity >= meetings.count(meeting, RegistrationStatus.CONFIRMED)) {
            meeting.limitTo(capacity);
        }
        if (moved) {
            mails.sendToAll(MailKind.MEETING_CHANGED, meetings.registrations(meeting));
        }
        seats.promote(meeting, now);
    }

}
