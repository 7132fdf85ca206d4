package nl.leiden.healthysociety.service.meeting;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.mail.MailMessage;
import nl.leiden.healthysociety.domain.meeting.ConsentText;
import nl.leiden.healthysociety.domain.meeting.Meeting;
import nl.leiden.healthysociety.domain.meeting.MeetingRepository;
import nl.leiden.healthysociety.domain.meeting.Registration;
import nl.leiden.healthysociety.domain.meeting.RegistrationStatus;
import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.domain.shared.Texts;
import nl.leiden.healthysociety.service.mail.MailOutbox;
import nl.leiden.healthysociety.service.question.QuestionErasure;
import nl.leiden.healthysociety.service.question.QuestionRecord;

/**
 * A person's requests about their data (AVG articles 15 and 17), handled by a beheerder: everything stored under
 * one e-mail address (registrations and Meeting Point questions), and erasing it. Erasing cancels registrations for meetings still to come (the seat goes to
 * the waiting list), anonymises every registration and deletes the e-mails to that address.
 */
@Stateless
@RolesAllowed(BEHEERDER)
public class PersonalDataService {

    private static final System.Logger LOG = System.getLogger(PersonalDataService.class.getName());

    @Inject
    MeetingRepository meetings;

    @Inject
    MailOutbox outbox;

    @Inject
    Seats seats;

    @Inject
    QuestionErasure questions;

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    public PersonalDataExport export(String email) {
        String key = key(email);
        List<PersonalDataExport.RegistrationRecord> registrations = meetings.registrationsByEmail(key)
                .stream()
                .map(this::record)
                .toList();
        List<PersonalDataExport.MailRecord> mails = em.createQuery("select m from MailMessage m"
                + " where lower(m.recipient) = :key order by m.createdAt", MailMessage.class)
                .setParameter("key", key)
                .getResultStream()
                .map(mail -> new PersonalDataExport.MailRecord(mail.getSubject(), mail.getKind(), mail.getStatus(),
                        mail.getCreatedAt(), mail.getSentAt(), mail.getBody()))
                .toList();
        List<QuestionRecord> asked = questions.export(key);
        LOG.log(Level.INFO, "Personal data exported on request ({0} registrations, {1} questions)",
                registrations.size(), asked.size());
        return new PersonalDataExport(email.strip(), Instant.now(), registrations, asked, mails);
    }

    /** What an erasure did: how many registrations and questions were anonymised. */
    public record Erased(int registrations, int questions) {
    }

    /** Erases everything under this address. */
    public Erased erase(String email) {
        String key = key(email);
        Instant now = Instant.now();
        List<Registration> found = meetings.registrationsByEmail(key);
        for (Registration registration : found) {
            Meeting meeting = meetings.findLocked(registration.getMeeting().getId()).orElseThrow();
            boolean heldSeat = registration.getStatus() == RegistrationStatus.CONFIRMED;
            if (registration.getStatus() != RegistrationStatus.CANCELLED && meeting.getStartsAt().isAfter(now)) {
                registration.cancel(now);
                if (heldSeat) {
                    seats.promote(meeting, now);
                }
            }
            registration.anonymise(now);
            outbox.forget(registration.getId());
        }
        int asked = questions.eraseAll(key, now);
        em.createQuery("delete from MailMessage m where lower(m.recipient) = :key")
                .setParameter("key", key)
                .executeUpdate();
        LOG.log(Level.INFO, "Personal data erased on request ({0} registrations, {1} questions anonymised)",
                found.size(), asked);
        return new Erased(found.size(), asked);
    }

    private PersonalDataExport.RegistrationRecord record(Registration registration) {
        Meeting meeting = registration.getMeeting();
        ConsentText consent = em.find(ConsentText.class, registration.getConsentVersion());
        return new PersonalDataExport.RegistrationRecord(meeting.getTitle(), LeidenTime.local(meeting.getStartsAt()),
                registration.getName(), registration.getEmail(), registration.getOrganisation(),
                registration.getKind(), registration.getNeeds(),
                registration.getArea() == null ? null : registration.getArea().getName(), registration.getStatus(),
                registration.getAttendance(), registration.getRegisteredAt(), registration.getCancelledAt(),
                registration.getConsentVersion(), consent == null ? null : consent.text(Locale.forLanguageTag("nl")));
    }

    private static String key(String email) {
        String key = Registration.emailKey(email);
        if (key == null || !key.contains("@") || key.length() > Registration.EMAIL_MAX) {
            throw new InvalidInputException(FieldError.of("email", "validation.email"));
        }
        return Texts.trimToNull(key);
    }
}
