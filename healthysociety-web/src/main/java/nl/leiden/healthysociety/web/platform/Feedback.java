package nl.leiden.healthysociety.web.platform;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.web.i18n.Bundle;

/**
 * Shows the outcome of an action as Faces messages in the visitor's language: a general message, or one message
 * per rejected field next to that field.
 */
@RequestScoped
public class Feedback {

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, bundle().text(key, arguments));
    }

    /** An info message that survives the redirect after a successful save. */
    public void infoAfterRedirect(String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(key, arguments);
    }

    public void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, bundle().text(key, arguments));
    }

    /**
     * Shows a business error. Field errors go next to their field when {@code fieldClientIds} names its component
     * (field name to client id), otherwise at the top of the form.
     */
    public void show(BusinessException exception, Map<String, String> fieldClientIds) {
        FacesContext.getCurrentInstance().validationFailed();
        Bundle bundle = bundle();
        if (exception instanceof InvalidInputException invalid) {
            add(null, FacesMessage.SEVERITY_ERROR, bundle.text(invalid));
            for (FieldError error : invalid.getFieldErrors()) {
                String clientId = fieldClientIds.get(error.field());
                markInvalid(clientId);
                add(clientId, FacesMessage.SEVERITY_ERROR, bundle.text(error));
            }
        } else {
            add(null, FacesMessage.SEVERITY_ERROR, bundle.text(exception));
        }
    }

    /** Marks the input invalid, so it is shown as such and announced with aria-invalid. */
    private static void markInvalid(String clientId) {
        if (clientId == null) {
            return;
        }
        UIComponent component = FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId);
        if (component instanceof EditableValueHolder input) {
            input.setValid(false);
            // An invalid input shows its submitted value; put back exactly what the person typed.
            input.setSubmittedValue(
                    FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(clientId));
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    private static Bundle bundle() {
        return Bundle.forLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
