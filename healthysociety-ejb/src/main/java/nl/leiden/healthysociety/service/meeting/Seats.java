package nl.leiden.healthysociety.service.meeting;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.domain.mail.MailKind;
import nl.leiden.healthysociety.domain.meeting.Meeting;
import nl.leiden.healthysociety.domain.meeting.MeetingRepository;
import nl.leiden.healthysociety.domain.meeting.MeetingStatus;
import nl.leiden.healthysociety.domain.meeting.Registration;
import nl.leiden.healthysociety.domain.meeting.RegistrationStatus;

/**
 * Hands out seats. Callers hold the meeting's lock ({@link MeetingRepository#findLocked}), so counting the
 * confirmed registrations and adding one cannot interleave with another registration for the same meeting.
 */
@ApplicationScoped
public class Seats {

    @Inject
    MeetingRepository meetings;

    @Inject
    MeetingMails mails;

    public long free(Meeting meeting) {
        return meeting.getCapacity() - meetings.count(meeting, RegistrationStatus.CONFIRMED);
    }

    /** A seat if one is free, otherwise the waiting list. */
    public void seat(Registration registration, Instant now) {
        if (free(registration.getMeeting()) > 0) {
            registration.confirm(now);
        }
    }

    /** Gives free seats to the waiting list in order, each with an e-mail; only before the meeting starts. */
    public void promote(Meeting meeting, Instant now) {
        if (meeting.getStatus() != MeetingStatus.GEPUBLICEERD || !meeting.getStartsAt().isAfter(now)) {
            return;
        }
        long free = free(meeting);
        if (free <= 0) {
            return;
        }
        for (Registration waiting : meetings.waiting(meeting, (int) Math.min(free, Integer.MAX_VALUE))) {
            waiting.confirm(now);
            mails.send(MailKind.PROMOTED_FROM_WAITING_LIST, waiting);
        }
    }
}
