package nl.leiden.healthysociety.web.security;

import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.service.account.SecondFactorService;
import nl.leiden.healthysociety.service.account.SecondFactorStatus;
import nl.leiden.healthysociety.service.account.TotpCodes;
import nl.leiden.healthysociety.web.platform.Feedback;

/**
 * Setting up (or turning off) one's second factor: the page shows a new key, to type or open in an authenticator
 * app, and the code the app then makes proves it holds the key. The key lives in this view until then.
 */
@Named
@ViewScoped
public class SecondFactorBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> SETUP_FIELDS = Map.of("code", "setup:code");
    private static final Map<String, String> REMOVE_FIELDS = Map.of("code", "remove:removeCode");

    @Inject
    SecondFactorService secondFactor;

    @Inject
    Feedback feedback;

    private SecondFactorStatus status;
    private String secret;
    private String code;

    @PostConstruct
    void load() {
        status = secondFactor.status();
        if (!status.active()) {
            secret = TotpCodes.newSecret();
        }
    }

    public void enrol() throws IOException {
        try {
            secondFactor.enrol(secret, code);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            SecondFactorGate.open(((HttpServletRequest) external.getRequest()).getSession());
            feedback.infoAfterRedirect("page.secondFactor.enabled");
            external.redirect(external.getRequestContextPath() + "/intranet/start");
        } catch (BusinessException e) {
            feedback.show(e, SETUP_FIELDS);
        } finally {
            code = null;
        }
    }

    public void remove() throws IOException {
        try {
            secondFactor.remove(code);
            feedback.infoAfterRedirect("page.secondFactor.removed");
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + SecondFactorGate.SETUP_PAGE);
        } catch (BusinessException e) {
            feedback.show(e, REMOVE_FIELDS);
        } finally {
            code = null;
        }
    }

    public SecondFactorStatus getStatus() {
        return status;
    }

    /** The key in groups of four, as it is easier to type. */
    public String getGroupedSecret() {
        return secret == null ? "" : secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    public String getSetupUri() {
        return secret == null ? "" : TotpCodes.setupUri(secret, status.username());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
