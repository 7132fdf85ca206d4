package nl.leiden.healthysociety.web.meeting;

import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.meeting.RegistrationService;
import nl.leiden.healthysociety.service.meeting.RegistrationView;
import nl.leiden.healthysociety.web.platform.Feedback;
import nl.leiden.healthysociety.web.platform.Responses;

/**
 * A registration seen through the personal link from the e-mail, without logging in. Cancelling asks for
 * confirmation first.
 */
@Named
@ViewScoped
public class MyRegistrationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationService service;

    @Inject
    Feedback feedback;

    private String code;
    private RegistrationView registration;
    private boolean confirming;

    public void load() throws IOException {
        try {
            registration = service.view(code);
        } catch (NotFoundException e) {
            Responses.error(404);
        }
    }

    public void askToCancel() {
        confirming = true;
    }

    public void keep() {
        confirming = false;
    }

    public void cancel() {
        try {
            registration = service.cancel(code);
            feedback.info("page.myRegistration.cancelled");
        } catch (BusinessException e) {
            feedback.show(e, Map.of());
        }
        confirming = false;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public RegistrationView getRegistration() {
        return registration;
    }

    public boolean isConfirming() {
        return confirming;
    }
}
