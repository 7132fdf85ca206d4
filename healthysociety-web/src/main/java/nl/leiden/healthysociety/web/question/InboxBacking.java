package nl.leiden.healthysociety.web.question;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.question.QuestionPriority;
import nl.leiden.healthysociety.domain.question.QuestionStatus;
import nl.leiden.healthysociety.service.initiative.ResultPage;
import nl.leiden.healthysociety.service.question.AskService;
import nl.leiden.healthysociety.service.question.QuestionDeskService;
import nl.leiden.healthysociety.service.question.QuestionFilter;
import nl.leiden.healthysociety.service.question.QuestionSummary;

/**
 * The Meeting Point's inbox: open questions by default, filtered on status, theme and priority or on those waiting
 * too long; a partner sees only what is assigned to it. Filters are in the address, so a filtered inbox can be
 * bookmarked. The table pages in the database: with thousands of open questions, loading them all made every view
 * of this page take seconds.
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

    private final LazyDataModel<QuestionSummary> questions = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        /** The page read together with the count, for the load that follows it in the same request. */
        private transient Prefetched prefetched;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            prefetched = null;
            // PrimeFaces asks for the count and then for the table's current page: when the table is at hand,
            // read both in one service call, which counts only when the page is full.
            if (UIComponent.getCurrentComponent(FacesContext.getCurrentInstance()) instanceof DataTable table
                    && table.getRows() > 0) {
                ResultPage<QuestionSummary> page = desk.inbox(filter(), table.getFirst(), table.getRows());
                prefetched = new Prefetched(table.getFirst(), table.getRows(), page.items());
                return (int) Math.min(Integer.MAX_VALUE, page.total());
            }
            return (int) Math.min(Integer.MAX_VALUE, desk.inbox(filter(), 0, 1).total());
        }

        @Override
        public List<QuestionSummary> load(int first, int pageSize, Map<String, SortMeta> sort,
                Map<String, FilterMeta> filters) {
            Prefetched page = prefetched;
            prefetched = null;
            if (page != null && page.first() == first && page.size() == pageSize) {
                return page.items();
            }
            return desk.inbox(filter(), first, pageSize).items();
        }

        @Override
        public String getRowKey(QuestionSummary row) {
            return Long.toString(row.id());
        }
    };

    private record Prefetched(int first, int size, List<QuestionSummary> items) {
    }

    /** The filter the URL parameters describe: open questions when no status is given. */
    QuestionFilter filter() {
        Set<QuestionStatus> statuses;
        if (status == null || status.isBlank()) {
            statuses = QuestionFilter.open().statuses();
        } else if ("ALLE".equals(status)) {
            statuses = Set.of();
        } else {
            statuses = Set.of(QuestionStatus.valueOf(status));
        }
        return new QuestionFilter(statuses, themeId, priority, waiting);
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

    public LazyDataModel<QuestionSummary> getQuestions() {
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
