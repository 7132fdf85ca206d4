package nl.leiden.healthysociety.web.initiative;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.initiative.InitiativeQuery;
import nl.leiden.healthysociety.domain.initiative.InitiativeSort;
import nl.leiden.healthysociety.domain.initiative.InitiativeStatus;
import nl.leiden.healthysociety.domain.initiative.LifeStage;
import nl.leiden.healthysociety.domain.shared.Texts;
import nl.leiden.healthysociety.service.initiative.InitiativeService;
import nl.leiden.healthysociety.service.initiative.InitiativeSummary;
import nl.leiden.healthysociety.service.initiative.ResultPage;
import nl.leiden.healthysociety.service.reference.ReferenceLists;
import nl.leiden.healthysociety.service.reference.ReferenceService;
import nl.leiden.healthysociety.web.i18n.Bundle;
import nl.leiden.healthysociety.web.platform.DataTables;

/**
 * The list of initiatives: search words, filters, sorting, paged in the database. Filters can come from the URL
 * (theme, ambition, area, organisation), so other pages can link to a filtered list; "mine" shows a partner its
 * own organisation's initiatives.
 */
@Named
@ViewScoped
public class InitiativeListBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long STALE_DAYS = 183;

    @Inject
    InitiativeService service;

    @Inject
    ReferenceService referenceService;

    private ReferenceLists references;
    private boolean mine;
    private String text;
    private Long theme;
    private Long ambition;
    private Long area;
    private Long organisation;
    private InitiativeStatus status;
    private Long targetGroup;
    private LifeStage lifeStage;
    private boolean stale;

    private final LazyDataModel<InitiativeSummary> initiatives = new LazyDataModel<>() {
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
                InitiativeSort.Order order = order(table.getActiveSortMeta());
                ResultPage<InitiativeSummary> page = service.page(query(), order, table.getFirst(), table.getRows());
                prefetched = new Prefetched(table.getFirst(), table.getRows(), order, page.items());
                return (int) Math.min(Integer.MAX_VALUE, page.total());
            }
            return (int) Math.min(Integer.MAX_VALUE, service.count(query()));
        }

        @Override
        public List<InitiativeSummary> load(int first, int pageSize, Map<String, SortMeta> sort,
                Map<String, FilterMeta> filters) {
            Prefetched page = prefetched;
            prefetched = null;
            InitiativeSort.Order order = order(sort);
            if (page != null && page.first() == first && page.size() == pageSize && page.order().equals(order)) {
                return page.items();
            }
            return service.search(query(), order, first, pageSize);
        }

        @Override
        public String getRowKey(InitiativeSummary row) {
            return Long.toString(row.id());
        }
    };

    private record Prefetched(int first, int size, InitiativeSort.Order order, List<InitiativeSummary> items) {
    }

    /**
     * Runs once the URL parameters are set, before the first rendering of the view; like a view action, not on
     * postbacks and not when a URL parameter was refused.
     */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback() || context.isValidationFailed()) {
            return;
        }
        if (mine) {
            organisation = service.callerOrganisationId();
        }
    }

    /** A new search starts on the first page. */
    public void search() {
        DataTables.toFirstPage("search:table");
    }

    InitiativeQuery query() {
        return new InitiativeQuery(text, theme, ambition, area, organisation, status, targetGroup, lifeStage,
                stale ? Instant.now().minus(STALE_DAYS, ChronoUnit.DAYS) : null, false);
    }

    static InitiativeSort.Order order(Map<String, SortMeta> sort) {
        if (sort == null || sort.isEmpty()) {
            return InitiativeSort.Order.DEFAULT;
        }
        SortMeta meta = sort.values().iterator().next();
        InitiativeSort by = switch (meta.getField()) {
            case "number" -> InitiativeSort.NUMBER;
            case "status" -> InitiativeSort.STATUS;
            case "lastUpdatedAt" -> InitiativeSort.LAST_UPDATED;
            default -> InitiativeSort.TITLE;
        };
        return new InitiativeSort.Order(by, meta.getOrder() != SortOrder.DESCENDING);
    }

    /** The download address of the list as it is filtered now, in the given format (csv, xlsx, pdf). */
    public String exportUrl(String format) {
        StringBuilder url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestContextPath()).append("/api/intranet/initiatives/export.").append(format)
                .append("?sort=TITLE");
        parameter(url, "q", text);
        parameter(url, "theme", theme);
        parameter(url, "ambition", ambition);
        parameter(url, "area", area);
        parameter(url, "organisation", organisation);
        parameter(url, "status", status);
        parameter(url, "targetGroup", targetGroup);
        parameter(url, "lifeStage", lifeStage);
        parameter(url, "stale", stale ? Boolean.TRUE : null);
        return url.toString();
    }

    private static void parameter(StringBuilder url, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            url.append('&').append(name).append('=')
                    .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    public ReferenceLists getReferences() {
        if (references == null) {
            references = referenceService.lists();
        }
        return references;
    }

    /** The name of the organisation "mine" stands for, for the heading. */
    public String getOrganisationName() {
        return organisation == null
                ? null
                : getReferences().organisations()
                        .stream()
                        .filter(o -> o.id() == organisation)
                        .map(nl.leiden.healthysociety.service.reference.Named::name)
                        .findFirst()
                        .orElse(null);
    }

    /** The organisation filter as the name in its field. */
    public String getOrganisationFilter() {
        return getOrganisationName();
    }

    /** Sets the organisation filter from a name the validator has accepted; empty means all organisations. */
    public void setOrganisationFilter(String name) {
        organisation = organisationNamed(name).map(nl.leiden.healthysociety.service.reference.Named::id).orElse(null);
    }

    /** Names that contain what was typed, ignoring case and accents, those that start with it first. */
    public List<String> completeOrganisation(String typed) {
        String wanted = Texts.searchKey(typed);
        return getReferences().organisations()
                .stream()
                .map(nl.leiden.healthysociety.service.reference.Named::name)
                .filter(name -> Texts.searchKey(name).contains(wanted))
                .sorted(Comparator.comparing((String name) -> !Texts.searchKey(name).startsWith(wanted))
                        .thenComparing(String.CASE_INSENSITIVE_ORDER))
                .limit(15)
                .toList();
    }

    /** Refuses a name that is not an organisation's, instead of quietly searching all organisations. */
    public void validateOrganisation(FacesContext context, UIComponent component, Object value) {
        String name = value == null ? "" : value.toString();
        if (!name.isBlank() && organisationNamed(name).isEmpty()) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Bundle.forLocale(context.getViewRoot().getLocale()).text("page.initiatives.unknownOrganisation",
                            name.strip()),
                    null));
        }
    }

    private Optional<nl.leiden.healthysociety.service.reference.Named> organisationNamed(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = name.strip();
        return getReferences().organisations().stream().filter(o -> o.name().equalsIgnoreCase(wanted)).findFirst();
    }

    public InitiativeStatus[] getStatuses() {
        return InitiativeStatus.values();
    }

    public LifeStage[] getLifeStages() {
        return LifeStage.values();
    }

    public LazyDataModel<InitiativeSummary> getInitiatives() {
        return initiatives;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getTheme() {
        return theme;
    }

    public void setTheme(Long theme) {
        this.theme = theme;
    }

    public Long getAmbition() {
        return ambition;
    }

    public void setAmbition(Long ambition) {
        this.ambition = ambition;
    }

    public Long getArea() {
        return area;
    }

    public void setArea(Long area) {
        this.area = area;
    }

    public Long getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Long organisation) {
        this.organisation = organisation;
    }

    public InitiativeStatus getStatus() {
        return status;
    }

    public void setStatus(InitiativeStatus status) {
        this.status = status;
    }

    public Long getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(Long targetGroup) {
        this.targetGroup = targetGroup;
    }

    public LifeStage getLifeStage() {
        return lifeStage;
    }

    public void setLifeStage(LifeStage lifeStage) {
        this.lifeStage = lifeStage;
    }

    public boolean isStale() {
        return stale;
    }

    public void setStale(boolean stale) {
        this.stale = stale;
    }
}
