package nl.leiden.healthysociety.web.security;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.leiden.healthysociety.web.i18n.Dates;
import nl.leiden.healthysociety.web.platform.Feedback;

/**
 * The login page. A failed login gets one message whatever the cause, so the page does not tell whether an account
 * exists. A successful login continues to the page the visitor first asked for, or the start page.
 */
@Named
@RequestScoped
public class LoginBacking {

    private String username;
    private String password;

    @Inject
    SecurityContext securityContext;

    @Inject
    Feedback feedback;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters
                .withParams()
                .credential(new UsernamePasswordCredential(username == null ? "" : username,
                        new Password(password == null ? "" : password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            // A new session id, so that an id planted before login is worthless after it.
            request.changeSessionId();
            HttpSession session = request.getSession();
            Object returnTo = session.getAttribute(LoginMechanism.RETURN_TO);
            session.removeAttribute(LoginMechanism.RETURN_TO);
            feedback.infoAfterRedirect("page.login.welcome");
            external.redirect(external.getRequestContextPath() + safeTarget(returnTo));
        } else if (request.getAttribute(LoginMechanism.BLOCKED_UNTIL) instanceof Instant until) {
            feedback.error("page.login.blocked", DateTimeFormatter.ofPattern("HH:mm")
                    .format(until.plusSeconds(59).atZone(Dates.LEIDEN)));
        } else {
            feedback.error("page.login.failed");
        }
    }

    /** Only a path within the application, never another site ("//host" or "https:"). */
    static String safeTarget(Object returnTo) {
        if (returnTo instanceof String path && path.startsWith("/") && !path.startsWith("//")
                && !path.contains("\\") && !path.startsWith("/login")) {
            return path;
        }
        return "/intranet/start";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
