package nl.leiden.healthysociety.web.festival;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.festival.SessionFormat;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.festival.EditionView;
import nl.leiden.healthysociety.service.festival.FestivalService;
import nl.leiden.healthysociety.service.festival.ProposalData;
import nl.leiden.healthysociety.service.festival.ProposalService;
import nl.leiden.healthysociety.service.festival.ProposalView;
import nl.leiden.healthysociety.service.initiative.InitiativeService;
import nl.leiden.healthysociety.web.platform.Feedback;
import nl.leiden.healthysociety.web.platform.Responses;

/**
 * Proposing a festival session, or seeing and changing one: a partner for its own organisation until the deadline;
 * withdrawing asks for confirmation. Speakers are one per line, "Name: short bio". A refused form keeps its input.
 */
@Named
@ViewScoped
public class ProposalEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("organisationId", "form:organisation"),
            Map.entry("title", "form:title"), Map.entry("summary", "form:summary"), Map.entry("format", "form:format"),
            Map.entry("themeId", "form:theme"), Map.entry("audience", "form:audience"),
            Map.entry("expectedParticipants", "form:participants"), Map.entry("durationMinutes", "form:duration"),
            Map.entry("needs", "form:needs"), Map.entry("speakers", "form:speakers"),
            Map.entry("name", "form:speakers"),
            Map.entry("bio", "form:speakers"), Map.entry("contactName", "form:contactName"),
            Map.entry("contactEmail", "form:contactEmail"));

    @Inject
    ProposalService proposals;

    @Inject
    FestivalService festivals;

    @Inject
    InitiativeService initiatives;

    @Inject
    Feedback feedback;

    private Long id;
    private Long editionId;
    private EditionView edition;
    private ProposalView proposal;
    private Long organisationId;
    private String title;
    private String summary;
    private SessionFormat format;
    private Long themeId;
    private String audience;
    private Integer participants = 30;
    private Integer duration = 60;
    private String needs;
    private String speakers;
    private String contactName;
    private String contactEmail;
    private boolean confirmingWithdraw;

    public void load() throws IOException {
        try {
            if (id != null) {
                proposal = proposals.proposal(id);
                editionId = proposal.editionId();
                fill(proposal);
            } else {
                organisationId = initiatives.callerOrganisationId();
            }
            edition = festivals.edition(editionId == null ? 0 : editionId);
        } catch (NotFoundException e) {
            Responses.error(404);
        }
    }

    public void save() throws IOException {
        ProposalData data = new ProposalData(organisationId, title, summary, format, themeId, audience, participants,
                duration, needs, speakers(), contactName, contactEmail);
        try {
            ProposalView saved = id == null
                    ? proposals.submit(editionId, data)
                    : proposals.update(id, proposal.version(), data);
            feedback.infoAfterRedirect(id == null ? "page.proposal.submitted" : "page.proposal.saved", saved.title());
            Responses.redirect("/intranet/sessievoorstel.xhtml?id=" + saved.id());
        } catch (BusinessException e) {
            feedback.show(e, FIELDS);
        }
    }

    public void askToWithdraw() {
        confirmingWithdraw = true;
    }

    public void keep() {
        confirmingWithdraw = false;
    }

    public void withdraw() {
        try {
            proposal = proposals.withdraw(id);
            feedback.info("page.proposal.withdrawn");
        } catch (BusinessException e) {
            feedback.show(e, FIELDS);
        }
        confirmingWithdraw = false;
    }

    private List<ProposalData.SpeakerData> speakers() {
        if (speakers == null) {
            return List.of();
        }
        return Arrays.stream(speakers.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> {
                    int colon = line.indexOf(':');
                    return colon < 0
                            ? new ProposalData.SpeakerData(line, null)
                            : new ProposalData.SpeakerData(line.substring(0, colon).strip(),
                                    line.substring(colon + 1).strip());
                })
                .toList();
    }

    private void fill(ProposalView view) {
        organisationId = view.organisationId();
        title = view.title();
        summary = view.summary();
        format = view.format();
        themeId = view.themeId();
        audience = view.audience();
        participants = view.expectedParticipants();
        duration = view.durationMinutes();
        needs = view.needs();
        speakers = view.speakers()
                .stream()
                .map(speaker -> speaker.bio() == null ? speaker.name() : speaker.name() + ": " + speaker.bio())
                .collect(Collectors.joining("\n"));
        contactName = view.contactName();
        contactEmail = view.contactEmail();
    }

    /** New, or an existing one the caller may still change. */
    public boolean isEditable() {
        return proposal == null ? edition != null && edition.callOpen() : proposal.mayChange();
    }

    public SessionFormat[] getFormats() {
        return SessionFormat.values();
    }

    public boolean isConfirmingWithdraw() {
        return confirmingWithdraw;
    }

    public ProposalView getProposal() {
        return proposal;
    }

    public EditionView getEdition() {
        return edition;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getEditionId() {
        return editionId;
    }

    public void setEditionId(Long editionId) {
        this.editionId = editionId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public SessionFormat getFormat() {
        return format;
    }

    public void setFormat(SessionFormat format) {
        this.format = format;
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public Integer getParticipants() {
        return participants;
    }

    public void setParticipants(Integer participants) {
        this.participants = participants;
    }

    public Integer getDuration() {
        return duration;
    }

    public void setDuration(Integer duration) {
        this.duration = duration;
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }

    public String getSpeakers() {
        return speakers;
    }

    public void setSpeakers(String speakers) {
        this.speakers = speakers;
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
}
