package nl.leiden.healthysociety.web.question;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.question.QuestionPriority;
import nl.leiden.healthysociety.domain.question.QuestionStatus;
import nl.leiden.healthysociety.service.question.AskService;
import nl.leiden.healthysociety.service.question.QuestionDeskService;
import nl.leiden.healthysociety.service.question.QuestionFilter;
import nl.leiden.healthysociety.service.question.QuestionSummary;

/**
 * The Meeting Point's inbox: open questions by default, filtered on status, theme and priority or on those waiting
 * too long; a partner sees only what is assigned to it. Filters are in the address, so a filtered inbox can be
 * bookmarked.
 */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QuestionDeskService desk;

    @Inject
    AskService ask;

    private String status;
    private Long themeId;
    private QuestionPriority priority;
    private boolean waiting;
    private List<QuestionSummary> questions;

    public void load() {
        Set<QuestionStatus> statuses;
        if (status == null || status.isBlank()) {
            statuses = QuestionFilter.open().statuses();
        } else if ("ALLE".equals(status)) {
            statuses = Set.of();
        } else {
            statuses = Set.of(QuestionStatus.valueOf(status));
        }
        questions = desk.inbox(new QuestionFilter(statuses, themeId, priority, waiting));
    }

    public List<SelectItem> getThemes() {
        return ask.themes().stream().map(theme -> new SelectItem(theme.id(), theme.name())).toList();
    }

    public QuestionStatus[] getStatuses() {
        return QuestionStatus.values();
    }

    public QuestionPriority[] getPriorities() {
        return QuestionPriority.values();
    }

    public List<QuestionSummary> getQuestions() {
        return questions;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || status.isBlank() || "ALLE".equals(status) || isStatus(status) ? status : null;
    }

    private static boolean isStatus(String name) {
        for (QuestionStatus candidate : QuestionStatus.values()) {
            if (candidate.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public QuestionPriority getPriority() {
        return priority;
    }

    public void setPriority(QuestionPriority priority) {
        this.priority = priority;
    }

    public boolean isWaiting() {
        return waiting;
    }

    public void setWaiting(boolean waiting) {
        this.waiting = waiting;
    }
}
