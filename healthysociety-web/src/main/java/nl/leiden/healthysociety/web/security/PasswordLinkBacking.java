package nl.leiden.healthysociety.web.security;

import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.account.PasswordLink;
import nl.leiden.healthysociety.service.account.PasswordService;
import nl.leiden.healthysociety.web.platform.Feedback;

/** Choosing a password through the one-time link from an invitation or a reset e-mail; then on to the login page. */
@Named
@ViewScoped
public class PasswordLinkBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("password", "choose:password", "repeated",
            "choose:repeated");

    @Inject
    PasswordService passwords;

    @Inject
    Feedback feedback;

    private String code;
    private PasswordLink link;
    private boolean linkValid;
    private String password;
    private String repeated;

    public void load() {
        try {
            link = passwords.link(code);
            linkValid = true;
        } catch (NotFoundException e) {
            linkValid = false;
        }
    }

    public void save() throws IOException {
        try {
            passwords.setPassword(code, password, repeated);
            password = null;
            repeated = null;
            feedback.infoAfterRedirect("page.password.saved");
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/login");
        } catch (NotFoundException e) {
            linkValid = false;
            feedback.show(e, FIELDS);
        } catch (BusinessException e) {
            password = null;
            repeated = null;
            feedback.show(e, FIELDS);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public PasswordLink getLink() {
        return link;
    }

    public boolean isLinkValid() {
        return linkValid;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
