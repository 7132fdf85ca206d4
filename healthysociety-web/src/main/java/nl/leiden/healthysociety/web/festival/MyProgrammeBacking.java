package nl.leiden.healthysociety.web.festival;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.festival.PublicProgramme;
import nl.leiden.healthysociety.service.festival.VisitorService;
import nl.leiden.healthysociety.web.platform.Responses;

/** A visitor's own festival programme, through the code from a confirmation e-mail. */
@Named
@ViewScoped
public class MyProgrammeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VisitorService service;

    private String code;
    private List<PublicProgramme.Session> sessions;

    public void load() throws IOException {
        try {
            sessions = service.myProgramme(code);
        } catch (NotFoundException e) {
            Responses.error(404);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<PublicProgramme.Session> getSessions() {
        return sessions;
    }
}
