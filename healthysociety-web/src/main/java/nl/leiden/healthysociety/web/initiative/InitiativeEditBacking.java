package nl.leiden.healthysociety.web.initiative;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.initiative.InitiativeStatus;
import nl.leiden.healthysociety.domain.initiative.LifeStage;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.domain.shared.ConflictException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.initiative.InitiativeData;
import nl.leiden.healthysociety.service.initiative.InitiativeDetails;
import nl.leiden.healthysociety.service.initiative.InitiativeService;
import nl.leiden.healthysociety.web.platform.Feedback;
import nl.leiden.healthysociety.web.platform.Responses;

/**
 * Creating and editing an initiative. A partner's new initiative starts with its own organisation as lead. A
 * rejected form keeps what was typed; a crossing edit is reported, not overwritten.
 */
@Named
@ViewScoped
public class InitiativeEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("number", "form:number"),
            Map.entry("title", "form:title"), Map.entry("description", "form:description"),
            Map.entry("status", "form:status"), Map.entry("startDate", "form:startDate"),
            Map.entry("endDate", "form:endDate"), Map.entry("leadIds", "form:leads"),
            Map.entry("partnerIds", "form:partners"), Map.entry("themeIds", "form:themes"),
            Map.entry("areaIds", "form:areas"), Map.entry("contactName", "form:contactName"),
            Map.entry("contactEmail", "form:contactEmail"), Map.entry("website", "form:website"));

    @Inject
    InitiativeService service;

    @Inject
    Feedback feedback;

    private Long id;
    private long version;
    private boolean conflict;
    private String number;
    private String title;
    private String description;
    private InitiativeStatus status = InitiativeStatus.IDEE;
    private LocalDate startDate;
    private LocalDate endDate;
    private Long[] leads = {};
    private Long[] partners = {};
    private Long[] themes = {};
    private Long[] targetGroups = {};
    private LifeStage[] lifeStages = {};
    private Long[] areas = {};
    private Long[] ambitions = {};
    private String contactName;
    private String contactEmail;
    private String website;
    private boolean published;

    public void load() throws IOException {
        if (id == null) {
            Long own = service.callerOrganisationId();
            leads = own == null ? new Long[0] : new Long[]{own};
            return;
        }
        try {
            InitiativeDetails details = service.details(id);
            if (!details.editable()) {
                Responses.error(403);
                return;
            }
            fill(details);
        } catch (NotFoundException e) {
            Responses.error(404);
        }
    }

    public void save() throws IOException {
        InitiativeData data = new InitiativeData(number, title, description, status, startDate, endDate,
                set(themes), set(leads), set(partners), set(targetGroups), set(lifeStages), set(areas),
                set(ambitions), contactName, contactEmail, website, published);
        try {
            InitiativeDetails saved = id == null ? service.create(data) : service.update(id, version, data);
            feedback.infoAfterRedirect("page.initiative.saved", saved.title());
            Responses.redirect("/intranet/initiatief?id=" + saved.id());
        } catch (ConflictException e) {
            conflict = true;
            feedback.show(e, FIELDS);
        } catch (BusinessException e) {
            feedback.show(e, FIELDS);
        }
    }

    private void fill(InitiativeDetails details) {
        version = details.version();
        number = details.number();
        title = details.title();
        description = details.description();
        status = details.status();
        startDate = details.startDate();
        endDate = details.endDate();
        leads = ids(details.leads());
        partners = ids(details.partners());
        themes = ids(details.themes());
        targetGroups = ids(details.targetGroups());
        lifeStages = details.lifeStages().toArray(new LifeStage[0]);
        areas = ids(details.areas());
        ambitions = ids(details.ambitions());
        contactName = details.contactName();
        contactEmail = details.contactEmail();
        website = details.website();
        published = details.published();
    }

    private static Long[] ids(Collection<nl.leiden.healthysociety.service.reference.Named> items) {
        return items.stream().map(n -> n.id()).toArray(Long[]::new);
    }

    private static <T> Set<T> set(T[] values) {
        return values == null ? Set.of() : new HashSet<>(Arrays.asList(values));
    }

    public InitiativeStatus[] getStatuses() {
        return InitiativeStatus.values();
    }

    public LifeStage[] getAllLifeStages() {
        return LifeStage.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isConflict() {
        return conflict;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public InitiativeStatus getStatus() {
        return status;
    }

    public void setStatus(InitiativeStatus status) {
        this.status = status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Long[] getLeads() {
        return leads;
    }

    public void setLeads(Long[] leads) {
        this.leads = leads;
    }

    public Long[] getPartners() {
        return partners;
    }

    public void setPartners(Long[] partners) {
        this.partners = partners;
    }

    public Long[] getThemes() {
        return themes;
    }

    public void setThemes(Long[] themes) {
        this.themes = themes;
    }

    public Long[] getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(Long[] targetGroups) {
        this.targetGroups = targetGroups;
    }

    public LifeStage[] getLifeStages() {
        return lifeStages;
    }

    public void setLifeStages(LifeStage[] lifeStages) {
        this.lifeStages = lifeStages;
    }

    public Long[] getAreas() {
        return areas;
    }

    public void setAreas(Long[] areas) {
        this.areas = areas;
    }

    public Long[] getAmbitions() {
        return ambitions;
    }

    public void setAmbitions(Long[] ambitions) {
        this.ambitions = ambitions;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }
}
