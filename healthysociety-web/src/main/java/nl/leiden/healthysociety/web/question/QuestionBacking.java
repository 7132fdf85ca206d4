package nl.leiden.healthysociety.web.question;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.question.QuestionPriority;
import nl.leiden.healthysociety.domain.question.QuestionStatus;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.domain.shared.NotAllowedException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.question.QuestionDeskService;
import nl.leiden.healthysociety.service.question.QuestionDetails;
import nl.leiden.healthysociety.web.platform.Feedback;
import nl.leiden.healthysociety.web.platform.Responses;

/**
 * One question on the intranet: what was asked, the whole history, attachments and decisions; for the Center's
 * staff triage, assignment and links; for whoever holds it answering and notes; for a partner handing it back. A
 * question that is not the caller's gives the 403 page, one that does not exist the 404 page.
 */
@Named
@ViewScoped
public class QuestionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QuestionDeskService desk;

    @Inject
    Feedback feedback;

    private Long id;
    private QuestionDetails question;
    private QuestionStatus status;
    private QuestionPriority priority;
    private List<Long> organisationIds = new ArrayList<>();
    private Long assigneeId;
    private Long initiativeId;
    private Long meetingId;
    private String topic;
    private String answer;
    private String note;
    private String reason;
    private boolean confirmingHandBack;

    public void load() throws IOException {
        if (id == null) {
            Responses.error(404);
            return;
        }
        try {
            refresh();
        } catch (NotFoundException e) {
            Responses.error(404);
        } catch (NotAllowedException e) {
            Responses.error(403);
        }
    }

    private void refresh() {
        question = desk.question(id);
        status = question.status();
        priority = question.priority();
        organisationIds = new ArrayList<>(question.organisationIds());
        assigneeId = question.assignee() == null ? null : question.assignee().id();
        initiativeId = question.initiative() == null ? null : question.initiative().id();
        meetingId = question.meeting() == null ? null : question.meeting().id();
        topic = question.kenniscafeTopic();
    }

    public void triage() {
        act(() -> desk.triage(id, status, priority), "page.question.triaged", Map.of());
    }

    public void assign() {
        act(() -> desk.assign(id, new LinkedHashSet<>(organisationIds), assigneeId), "page.question.assigned",
                Map.of("organisationIds", "assignment:organisations", "assigneeId", "assignment:assignee"));
    }

    public void sendAnswer() {
        if (act(() -> desk.answer(id, answer), "page.question.answered", Map.of("text", "answer:text"))) {
            answer = null;
        }
    }

    public void addNote() {
        if (act(() -> desk.note(id, note), "page.question.noted", Map.of("text", "note:text"))) {
            note = null;
        }
    }

    public void askToHandBack() {
        confirmingHandBack = true;
    }

    public void keep() {
        confirmingHandBack = false;
    }

    public void handBack() throws IOException {
        try {
            desk.handBack(id, reason);
            feedback.infoAfterRedirect("page.question.handedBack");
            Responses.redirect("/intranet/meetingpoint");
        } catch (BusinessException e) {
            feedback.show(e, Map.of("text", "handBack:reason"));
            confirmingHandBack = false;
        }
    }

    public void link() {
        act(() -> desk.link(id, initiativeId, meetingId, topic), "page.question.linked",
                Map.of("kenniscafeTopic", "links:topic", "initiativeId", "links:initiative", "meetingId",
                        "links:meeting"));
    }

    /** Runs an action and shows the question as it now is; on refusal keeps what was typed. */
    private boolean act(Runnable action, String success, Map<String, String> fields) {
        try {
            action.run();
            feedback.info(success);
            refresh();
            return true;
        } catch (BusinessException e) {
            feedback.show(e, fields);
            return false;
        }
    }

    public List<SelectItem> getOrganisations() {
        return desk.organisations().stream().map(o -> new SelectItem(o.id(), o.name())).toList();
    }

    public List<SelectItem> getAssignees() {
        return desk.assignees().stream().map(a -> new SelectItem(a.id(), a.name())).toList();
    }

    public List<SelectItem> getInitiatives() {
        return desk.linkChoices().get("initiatives").stream().map(i -> new SelectItem(i.id(), i.name())).toList();
    }

    public List<SelectItem> getMeetings() {
        return desk.linkChoices().get("meetings").stream().map(m -> new SelectItem(m.id(), m.name())).toList();
    }

    public QuestionStatus[] getStatuses() {
        return QuestionStatus.values();
    }

    public QuestionPriority[] getPriorities() {
        return QuestionPriority.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public QuestionDetails getQuestion() {
        return question;
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public void setStatus(QuestionStatus status) {
        this.status = status;
    }

    public QuestionPriority getPriority() {
        return priority;
    }

    public void setPriority(QuestionPriority priority) {
        this.priority = priority;
    }

    public List<Long> getOrganisationIds() {
        return organisationIds;
    }

    public void setOrganisationIds(List<Long> organisationIds) {
        this.organisationIds = organisationIds;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    public Long getInitiativeId() {
        return initiativeId;
    }

    public void setInitiativeId(Long initiativeId) {
        this.initiativeId = initiativeId;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isConfirmingHandBack() {
        return confirmingHandBack;
    }
}
