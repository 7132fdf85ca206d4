package nl.leiden.healthysociety.web.question;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.service.meeting.LeidenTime;
import nl.leiden.healthysociety.service.question.AgendaItem;
import nl.leiden.healthysociety.service.question.MeetingPointAgenda;
import nl.leiden.healthysociety.web.platform.Feedback;

/**
 * The agenda of the partners' Meeting Point meeting: the open questions, the PDF to print, and per question a field
 * for what the meeting decided (for the meeting's date, today unless changed).
 */
@Named
@ViewScoped
public class AgendaBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingPointAgenda agenda;

    @Inject
    Feedback feedback;

    private List<AgendaItem> items;
    private LocalDate meetingDate = LocalDate.now(LeidenTime.ZONE);
    private final Map<Long, String> decisions = new HashMap<>();

    public void load() {
        items = agenda.agenda();
    }

    /** Records the decision typed for this question. */
    public void decide(long questionId) {
        try {
            agenda.decide(questionId, meetingDate, decisions.get(questionId));
            decisions.remove(questionId);
            feedback.info("page.agenda.decided");
            items = agenda.agenda();
        } catch (BusinessException e) {
            feedback.show(e, Map.of());
        }
    }

    public List<AgendaItem> getItems() {
        return items;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate == null ? LocalDate.now(LeidenTime.ZONE) : meetingDate;
    }

    public Map<Long, String> getDecisions() {
        return decisions;
    }
}
