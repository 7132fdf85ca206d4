package nl.leiden.healthysociety.web.meeting;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import nl.leiden.healthysociety.domain.meeting.RegistrantKind;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.meeting.PublicMeeting;
import nl.leiden.healthysociety.service.meeting.RegistrationData;
import nl.leiden.healthysociety.service.meeting.RegistrationOutcome;
import nl.leiden.healthysociety.service.meeting.RegistrationService;
import nl.leiden.healthysociety.web.platform.Feedback;
import nl.leiden.healthysociety.web.platform.Responses;

/**
 * A meeting's public page with the registration form. A refused form keeps everything typed; after registering,
 * the page says whether the person has a seat or a place on the waiting list, and that the e-mail has the link.
 * The page is a stateless view (nothing of it is kept between requests, so a visitor who only reads gets no
 * session): the form posts the meeting's id along, and the meeting is read again for the posted form.
 */
@Named
@RequestScoped
public class MeetingPageBacking {

    private static final Map<String, String> FIELDS = Map.of("name", "registration:name", "email",
            "registration:email", "organisation", "registration:organisation", "kind", "registration:kind", "needs",
            "registration:needs", "areaId", "registration:area", "consent", "registration:consent");

    @Inject
    RegistrationService service;

    @Inject
    Feedback feedback;

    @Inject
    HttpServletRequest request;

    private Long id;
    private PublicMeeting meeting;
    private String name;
    private String email;
    private String organisation;
    private RegistrantKind kind;
    private String needs;
    private Long areaId;
    private boolean consent;
    private RegistrationOutcome outcome;
    private List<SelectItem> areas;

    public void load() throws IOException {
        if (id == null) {
            Responses.error(404);
            return;
        }
        try {
            meeting = service.meeting(id);
        } catch (NotFoundException e) {
            Responses.error(404);
        }
    }

    public void register() {
        String language = FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
        try {
            outcome = service.register(id, new RegistrationData(name, email, organisation, kind, needs, areaId,
                    consent, language));
            meeting = service.meeting(id);
        } catch (InvalidInputException e) {
            feedback.show(e, FIELDS);
        } catch (BusinessException e) {
            feedback.show(e, FIELDS);
            meeting = service.meeting(id);
        }
    }

    public List<SelectItem> getAreas() {
        if (areas == null) {
            areas = service.areas().stream().map(area -> new SelectItem(area.id(), area.name())).toList();
        }
        return areas;
    }

    public RegistrantKind[] getKinds() {
        return RegistrantKind.values();
    }

    public String getConsentText() {
        return service.consent().text(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /**
     * The meeting: read by {@link #load()} when the page is opened, and on a posted form (for which the view action
     * does not run) from the posted id as soon as the page asks, which it does before the id reaches this bean.
     */
    public PublicMeeting getMeeting() {
        if (meeting == null) {
            Long meetingId = id != null ? id : postedId();
            if (meetingId != null) {
                try {
                    meeting = service.meeting(meetingId);
                    id = meetingId;
                } catch (NotFoundException e) {
                    // Only a posted form gets here; the page it came from answered 404 already.
                }
            }
        }
        return meeting;
    }

    private Long postedId() {
        try {
            return Long.valueOf(request.getParameter("id"));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public RegistrationOutcome getOutcome() {
        return outcome;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public RegistrantKind getKind() {
        return kind;
    }

    public void setKind(RegistrantKind kind) {
        this.kind = kind;
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
