package nl.leiden.healthysociety.web.meeting;

import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.meeting.MeetingType;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.domain.shared.ConflictException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.initiative.InitiativeService;
import nl.leiden.healthysociety.service.meeting.MeetingData;
import nl.leiden.healthysociety.service.meeting.MeetingDetails;
import nl.leiden.healthysociety.service.meeting.MeetingService;
import nl.leiden.healthysociety.web.platform.Feedback;
import nl.leiden.healthysociety.web.platform.Responses;

/**
 * Creating and editing a meeting. A new one starts as a concept on a Thursday evening three weeks ahead, in De
 * StadsKamer, for 30 people, organised by the partner's own organisation (or Gemeente Leiden's staff choose). A
 * refused form keeps what was typed; a crossing edit is reported, not overwritten.
 */
@Named
@ViewScoped
public class MeetingEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("type", "form:type"),
            Map.entry("title", "form:title"), Map.entry("topic", "form:topic"), Map.entry("themeId", "form:theme"),
            Map.entry("description", "form:description"), Map.entry("startsAt", "form:startsAt"),
            Map.entry("endsAt", "form:endsAt"), Map.entry("location", "form:location"),
            Map.entry("capacity", "form:capacity"), Map.entry("audience", "form:audience"),
            Map.entry("organiserIds", "form:organisers"), Map.entry("registrationOpensAt", "form:opensAt"),
            Map.entry("registrationClosesAt", "form:closesAt"), Map.entry("themeGroups", "form:themeGroups"));

    @Inject
    MeetingService service;

    @Inject
    InitiativeService initiatives;

    @Inject
    Feedback feedback;

    private Long id;
    private long version;
    private boolean conflict;
    private MeetingType type = MeetingType.KENNISCAFE;
    private String title;
    private String topic;
    private Long themeId;
    private String description;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String location = "De StadsKamer, Leiden";
    private Integer capacity = 30;
    private String audience;
    private Long[] organisers = {};
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private String themeGroups;

    public void load() throws IOException {
        if (id == null) {
            LocalDate day = LocalDate.now().plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
            startsAt = day.atTime(LocalTime.of(19, 30));
            endsAt = startsAt.plusHours(2);
            Long own = initiatives.callerOrganisationId();
            organisers = own == null ? new Long[0] : new Long[]{own};
            return;
        }
        try {
            MeetingDetails details = service.details(id);
            if (!details.mayEdit()) {
                Responses.error(403);
                return;
            }
            fill(details);
        } catch (NotFoundException e) {
            Responses.error(404);
        }
    }

    public void save() throws IOException {
        MeetingData data = new MeetingData(type, title, topic, themeId, description, startsAt, endsAt, location,
                capacity, audience, new HashSet<>(Arrays.asList(organisers)), opensAt, closesAt, groups());
        try {
            MeetingDetails saved = id == null ? service.create(data) : service.update(id, version, data);
            feedback.infoAfterRedirect("page.meetingEdit.saved", saved.title());
            Responses.redirect("/intranet/bijeenkomst.xhtml?id=" + saved.id());
        } catch (ConflictException e) {
            conflict = true;
            feedback.show(e, FIELDS);
        } catch (BusinessException e) {
            feedback.show(e, FIELDS);
        }
    }

    private List<String> groups() {
        return themeGroups == null
                ? List.of()
                : Arrays.stream(themeGroups.split("\\R")).map(String::strip)
                        .filter(name -> !name.isEmpty())
                        .toList();
    }

    private void fill(MeetingDetails details) {
        version = details.version();
        type = details.type();
        title = details.title();
        topic = details.topic();
        themeId = details.themeId();
        description = details.description();
        startsAt = details.startsAt();
        endsAt = details.endsAt();
        location = details.location();
        capacity = details.capacity();
        audience = details.audience();
        organisers = details.organiserIds().toArray(new Long[0]);
        opensAt = details.registrationOpensAt();
        closesAt = details.registrationClosesAt();
        themeGroups = details.themeGroups().stream().map(MeetingDetails.GroupView::name)
                .collect(Collectors.joining("\n"));
    }

    /** Kenniscafé and Beleidslab; festival sessions are made by the festival's programme. */
    public MeetingType[] getTypes() {
        return new MeetingType[]{MeetingType.KENNISCAFE, MeetingType.BELEIDSLAB};
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

    public MeetingType getType() {
        return type;
    }

    public void setType(MeetingType type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public Long[] getOrganisers() {
        return organisers;
    }

    public void setOrganisers(Long[] organisers) {
        this.organisers = organisers == null ? new Long[0] : organisers;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public String getThemeGroups() {
        return themeGroups;
    }

    public void setThemeGroups(String themeGroups) {
        this.themeGroups = themeGroups;
    }
}
