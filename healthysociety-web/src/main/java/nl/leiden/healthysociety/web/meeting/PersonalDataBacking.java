package nl.leiden.healthysociety.web.meeting;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.service.meeting.PersonalDataExport;
import nl.leiden.healthysociety.service.meeting.PersonalDataService;
import nl.leiden.healthysociety.web.platform.Feedback;

/**
 * A person's request about their data, for a beheerder: download everything under an e-mail address as JSON, or
 * erase it after confirming.
 */
@Named
@ViewScoped
public class PersonalDataBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("email", "request:email");

    @Inject
    PersonalDataService service;

    @Inject
    Feedback feedback;

    private String email;
    private boolean confirming;

    public void export() throws IOException {
        PersonalDataExport export;
        try {
            export = service.export(email);
        } catch (BusinessException e) {
            feedback.show(e, FIELDS);
            return;
        }
        byte[] json;
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            json = jsonb.toJson(export).getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IOException(e);
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/json; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"persoonsgegevens.json\"");
        external.setResponseContentLength(json.length);
        external.getResponseOutputStream().write(json);
        faces.responseComplete();
    }

    public void askToErase() {
        confirming = true;
    }

    public void keep() {
        confirming = false;
    }

    public void erase() {
        try {
            PersonalDataService.Erased erased = service.erase(email);
            feedback.info("page.personalData.erased", erased.registrations(), erased.questions());
            email = null;
        } catch (BusinessException e) {
            feedback.show(e, FIELDS);
        }
        confirming = false;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isConfirming() {
        return confirming;
    }
}
