package nl.leiden.healthysociety.service.question;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.domain.question.Question;
import nl.leiden.healthysociety.domain.question.QuestionDecision;
import nl.leiden.healthysociety.domain.question.QuestionRepository;
import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.domain.shared.Texts;
import nl.leiden.healthysociety.service.exchange.PdfDocument;
import nl.leiden.healthysociety.service.meeting.LeidenTime;
import nl.leiden.healthysociety.service.security.CallerLookup;

/**
 * The agenda of the partners' Meeting Point meeting: every open question, urgent and long-waiting ones first, with
 * earlier decisions; printable as PDF. The Center's staff prepare it and record per question what the meeting
 * decided. (Partners see only their own questions, so the agenda is the Center's.)
 */
@Stateless
@RolesAllowed({BEHEERDER, MEDEWERKER})
public class MeetingPointAgenda {

    private static final System.Logger LOG = System.getLogger(MeetingPointAgenda.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl"));

    @Inject
    QuestionRepository questions;

    @Inject
    MeetingPointSettings settings;

    @Inject
    CallerLookup callers;

    @Resource
    SessionContext session;

    public List<AgendaItem> agenda() {
        Instant now = Instant.now();
        return questions.list(QuestionFilter.open().statuses(), null, null)
                .stream()
                .sorted(Comparator.comparing(Question::getPriority).thenComparing(Question::getCreatedAt))
                .map(question -> new AgendaItem(
                        QuestionDeskService.summary(question, settings.waitingLimit(), now),
                        questions.decisions(question)
                                .stream()
                                .map(decision -> new QuestionDetails.Decision(decision.getMeetingDate(),
                                        decision.getText(),
                                        decision.getAuthor() == null ? null : decision.getAuthor().getDisplayName()))
                                .toList()))
                .toList();
    }

    /** The agenda as a PDF to print for the meeting of this date, with room to write the decision. */
    public byte[] agendaPdf(LocalDate meetingDate) {
        List<AgendaItem> items = agenda();
        PdfDocument pdf = new PdfDocument().title("Agenda Meeting Point " + DAY.format(meetingDate))
                .paragraph(items.size() + " open vragen, dringende en langst wachtende eerst");
        int number = 1;
        for (AgendaItem item : items) {
            QuestionSummary question = item.question();
            pdf.keep(90)
                    .heading(number++ + ". " + question.reference() + " · prioriteit "
                            + question.priority().name().toLowerCase(Locale.ROOT) + " · " + question.ageDays()
                            + " dagen" + (question.theme() == null ? "" : " · " + question.theme())
                            + (question.waitingTooLong() ? " · wacht te lang" : ""))
                    .paragraph(question.excerpt() == null ? "(tekst gewist)" : question.excerpt());
            if (!question.organisations().isEmpty() || question.assignee() != null) {
                List<String> holders = new ArrayList<>(question.organisations());
                if (question.assignee() != null) {
                    holders.add(question.assignee());
                }
                pdf.paragraph("Toegewezen aan: " + String.join(", ", holders));
            }
            for (QuestionDetails.Decision decision : item.decisions()) {
                pdf.paragraph("Besluit " + DAY.format(decision.meetingDate()) + ": " + decision.text());
            }
            pdf.space(6).paragraph("Besluit: ________________________________________________").space(6);
        }
        return pdf.toBytes();
    }

    /** Records what the Meeting Point meeting of this date decided about a question. */
    public void decide(long questionId, LocalDate meetingDate, String text) {
        Question question = questions.find(questionId)
                .orElseThrow(() -> new NotFoundException("error.question.notFound"));
        String trimmed = Texts.trimToNull(text);
        if (trimmed == null) {
            throw new InvalidInputException(FieldError.of("text", "validation.required"));
        }
        if (trimmed.length() > QuestionDecision.TEXT_MAX) {
            throw new InvalidInputException(new FieldError("text", "validation.tooLong",
                    Map.of("max", QuestionDecision.TEXT_MAX)));
        }
        LocalDate date = meetingDate == null ? LocalDate.now(LeidenTime.ZONE) : meetingDate;
        questions.add(new QuestionDecision(question, date, trimmed,
                callers.of(session.getCallerPrincipal()).account(), Instant.now()));
        LOG.log(Level.INFO, "Decision recorded for question {0}", questionId);
    }
}
