package nl.leiden.healthysociety.web.organisation;

import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.organisation.OrganisationType;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.domain.shared.ConflictException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.organisation.OrganisationData;
import nl.leiden.healthysociety.service.organisation.OrganisationService;
import nl.leiden.healthysociety.web.platform.Feedback;
import nl.leiden.healthysociety.web.platform.Responses;

/**
 * Creating and editing one organisation. A rejected form keeps everything that was typed; an edit that crosses
 * someone else's says so instead of overwriting it.
 */
@Named
@ViewScoped
public class OrganisationEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which input shows the message for which field of {@link OrganisationData}. */
    private static final Map<String, String> FIELDS = Map.of("name", "form:name", "type", "form:type", "website",
            "form:website", "contactEmail", "form:contactEmail", "description", "form:description");

    @Inject
    OrganisationService service;

    @Inject
    Feedback feedback;

    private Long id;
    private long version;
    private boolean active = true;
    private boolean conflict;
    private String name;
    private OrganisationType type;
    private boolean corePartner;
    private String website;
    private String contactEmail;
    private String description;

    /** Loads the organisation named in the URL, or prepares an empty form for a new one. */
    public void load() throws IOException {
        if (id == null) {
            return;
        }
        try {
            fill(service.get(id));
        } catch (NotFoundException e) {
            Responses.error(404);
        }
    }

    public void save() throws IOException {
        OrganisationData data = new OrganisationData(name, type, corePartner, website, contactEmail, description);
        try {
            Organisation saved = id == null ? service.create(data) : service.update(id, version, data);
            feedback.infoAfterRedirect("page.organisation.saved", saved.getName());
            redirectToList();
        } catch (ConflictException e) {
            conflict = true;
            feedback.show(e, FIELDS);
        } catch (BusinessException e) {
            feedback.show(e, FIELDS);
        }
    }

    public void deactivate() throws IOException {
        changeActive(false);
    }

    public void reactivate() throws IOException {
        changeActive(true);
    }

    private void changeActive(boolean activate) throws IOException {
        try {
            Organisation changed = activate ? service.reactivate(id, version) : service.deactivate(id, version);
            feedback.infoAfterRedirect(activate ? "page.organisation.reactivated" : "page.organisation.deactivated",
                    changed.getName());
            redirectToList();
        } catch (ConflictException e) {
            conflict = true;
            feedback.show(e, FIELDS);
        } catch (BusinessException e) {
            feedback.show(e, FIELDS);
        }
    }

    private void fill(Organisation organisation) {
        version = organisation.getVersion();
        active = organisation.isActive();
        name = organisation.getName();
        type = organisation.getType();
        corePartner = organisation.isCorePartner();
        website = organisation.getWebsite();
        contactEmail = organisation.getContactEmail();
        description = organisation.getDescription();
    }

    private static void redirectToList() throws IOException {
        Responses.redirect("/intranet/organisaties");
    }

    public boolean isNew() {
        return id == null;
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public int getNameMax() {
        return Organisation.NAME_MAX;
    }

    public int getWebsiteMax() {
        return Organisation.WEBSITE_MAX;
    }

    public int getEmailMax() {
        return Organisation.EMAIL_MAX;
    }

    public int getDescriptionMax() {
        return Organisation.DESCRIPTION_MAX;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isConflict() {
        return conflict;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public boolean isCorePartner() {
        return corePartner;
    }

    public void setCorePartner(boolean corePartner) {
        this.corePartner = corePartner;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
