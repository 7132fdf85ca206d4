package nl.leiden.healthysociety.service.meeting;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.domain.mail.MailKind;
import nl.leiden.healthysociety.domain.meeting.Meeting;
import nl.leiden.healthysociety.domain.meeting.MeetingStatus;
import nl.leiden.healthysociety.domain.meeting.MeetingType;
import nl.leiden.healthysociety.domain.meeting.Registration;
import nl.leiden.healthysociety.domain.meeting.RegistrationStatus;
import nl.leiden.healthysociety.service.mail.Letter;
import nl.leiden.healthysociety.service.mail.MailOutbox;

/**
 * The e-mails a registrant gets, in the language they registered in, and queues them in the outbox. Each names
 * the meeting, when and where, and (while the registration can still be changed) the personal link to view or
 * cancel it. Confirmations and changes carry the meeting as an iCalendar attachment.
 */
@ApplicationScoped
public class MeetingMails {

    private static final String BUNDLE = "nl.leiden.healthysociety.service.meeting.Mails";

    @Inject
    MailOutbox outbox;

    @Inject
    PublicLinks links;

    @Inject
    MeetingCalendar calendar;

    public void send(MailKind kind, Registration registration) {
        send(kind, registration, 0);
    }

    /** A mail about this registration; position is its place on the waiting list where that matters. */
    public void send(MailKind kind, Registration registration, long position) {
        if (registration.isAnonymised()) {
            return;
        }
        Meeting meeting = registration.getMeeting();
        Locale locale = registration.getLocale();
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale, MeetingMails.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String subject = format(texts, "subject." + kind.name(), meeting.getTitle());
        StringBuilder body = new StringBuilder();
        body.append(format(texts, "greeting", registration.getName())).append("\n\n");
        body.append(format(texts, "text." + kind.name(), meeting.getTitle(), Long.toString(position)))
                .append("\n\n");
        body.append(meeting.getTitle()).append('\n');
        body.append(format(texts, "when", when(meeting, texts, locale))).append('\n');
        body.append(format(texts, "where", meeting.getLocation())).append("\n\n");
        if (mayStillChange(kind, registration)) {
            body.append(format(texts, "manage", links.registration(registration.getToken()))).append('\n');
            if (meeting.getType() == MeetingType.FESTIVALSESSIE) {
                body.append(format(texts, "festivalProgramme", links.festivalProgramme(registration.getToken())))
                        .append('\n');
            }
        }
        body.append(format(texts, "meetingPage", links.meeting(meeting.getId()))).append("\n\n");
        body.append(texts.getString("closing")).append('\n');
        String attachment = withCalendar(kind) ? calendar.single(meeting) : null;
        outbox.queue(kind, registration.getEmail(), new Letter(subject, body.toString(), attachment),
                meeting.getId(), registration.getId());
    }

    /** The same mail to everyone who holds or waits for a seat, such as when the meeting is cancelled. */
    public void sendToAll(MailKind kind, List<Registration> registrations) {
        for (Registration registration : registrations) {
            if (registration.getStatus() != RegistrationStatus.CANCELLED) {
                send(kind, registration);
            }
        }
    }

    private static boolean mayStillChange(MailKind kind, Registration registration) {
        return kind != MailKind.MEETING_CANCELLED && kind != MailKind.REGISTRATION_CANCELLED
                && registration.getMeeting().getStatus() != MeetingStatus.GEANNULEERD;
    }

    private static boolean withCalendar(MailKind kind) {
        return kind == MailKind.REGISTRATION_CONFIRMED || kind == MailKind.PROMOTED_FROM_WAITING_LIST
                || kind == MailKind.MEETING_CHANGED || kind == MailKind.MEETING_CANCELLED;
    }

    static String when(Meeting meeting, ResourceBundle texts, Locale locale) {
        DateTimeFormatter pattern = DateTimeFormatter.ofPattern(texts.getString("time.pattern"), locale)
                .withZone(LeidenTime.ZONE);
        DateTimeFormatter hours = DateTimeFormatter.ofPattern("HH:mm").withZone(LeidenTime.ZONE);
        Instant start = meeting.getStartsAt();
        Instant end = meeting.getEndsAt();
        boolean sameDay = LeidenTime.local(start).toLocalDate().equals(LeidenTime.local(end).toLocalDate());
        return pattern.format(start) + " " + texts.getString("time.until") + " "
                + (sameDay ? hours.format(end) : pattern.format(end));
    }

    private static String format(ResourceBundle texts, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
    }
}
