package nl.leiden.healthysociety.service.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import nl.leiden.healthysociety.domain.mail.MailKind;
import nl.leiden.healthysociety.domain.mail.MailStatus;
import nl.leiden.healthysociety.domain.meeting.Attendance;
import nl.leiden.healthysociety.domain.meeting.RegistrantKind;
import nl.leiden.healthysociety.domain.meeting.RegistrationStatus;
import nl.leiden.healthysociety.service.question.QuestionRecord;

/**
 * Everything the platform holds under one e-mail address: registrations and Meeting Point questions (each with the
 * consent given) and e-mails.
 */
public record PersonalDataExport(String email, Instant exportedAt, List<RegistrationRecord> registrations,
        List<QuestionRecord> questions, List<MailRecord> mails) {

    /** One registration, as stored, with the text of the consent the person gave. */
    public record RegistrationRecord(String meeting, LocalDateTime meetingStartsAt, String name, String email,
            String organisation, RegistrantKind kind, String needs, String area, RegistrationStatus status,
            Attendance attendance, Instant registeredAt, Instant cancelledAt, int consentVersion,
            String consentText) {
    }

    /** One e-mail to the address. */
    public record MailRecord(String subject, MailKind kind, MailStatus status, Instant createdAt, Instant sentAt,
            String body) {
    }
}
