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
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.leiden.healthysociety.web.i18n.Dates;
import nl.leiden.healthysociety.web.platform.Feedback;

/**
 * The login page. A failed login gets one message whatever the cause, so the page does not tell whether an account
 * exists. An account with a second factor gives the code of its authenticator app in a second step. A successful
 * login continues to the page the visitor first asked for, or the start page; a beheerder without a second factor
 * first sets one up.
 */
@Named
@RequestScoped
public class LoginBacking {

    private String username;
    private String password;
    private String code;

    @Inject
    SecurityContext securityContext;

    @Inject
    Feedback feedback;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        AuthenticationStatus status = authenticate(new UsernamePasswordCredential(username == null ? "" : username,
                new Password(password == null ? "" : password)));
        password = null;
        if (request.getAttribute(LoginMechanism.CODE_REQUIRED) != null) {
            feedback.info("page.login.codeRequired");
        } else {
            after(status);
        }
    }

    /** The second step: the code of the authenticator app. */
    public void confirm() throws IOException {
        AuthenticationStatus status = authenticate(new CodeCredential(code == null ? "" : code));
        code = null;
        after(status);
    }

    /** Back to the first step, for another account or when the app is not at hand. */
    public void restart() {
        HttpSession session = session(false);
        if (session != null) {
            session.removeAttribute(PendingLogin.ATTRIBUTE);
        }
    }

    /** Whether the page asks for the code: a password was accepted in this session a moment ago. */
    public boolean isCodeStep() {
        HttpSession session = session(false);
        return session != null && session.getAttribute(PendingLogin.ATTRIBUTE) instanceof PendingLogin pending
                && pending.isValidAt(Instant.now());
    }

    private AuthenticationStatus authenticate(Credential credential) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return securityContext.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), AuthenticationParameters.withParams()
                        .credential(credential));
    }

    private void after(AuthenticationStatus status) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (status == AuthenticationStatus.SUCCESS) {
            // A new session id, so that an id planted before login is worthless after it.
            request.changeSessionId();
            HttpSession session = request.getSession();
            Object returnTo = session.getAttribute(LoginMechanism.RETURN_TO);
            session.removeAttribute(LoginMechanism.RETURN_TO);
            if (request.getAttribute(LoginMechanism.SETUP_FIRST) != null) {
                session.setAttribute(SecondFactorGate.SETUP_REQUIRED, Boolean.TRUE);
                feedback.infoAfterRedirect("page.secondFactor.setupFirst");
                external.redirect(external.getRequestContextPath() + SecondFactorGate.SETUP_PAGE);
                return;
            }
            feedback.infoAfterRedirect("page.login.welcome");
            external.redirect(external.getRequestContextPath() + safeTarget(returnTo));
        } else if (request.getAttribute(LoginMechanism.BLOCKED_UNTIL) instanceof Instant until) {
            feedback.error("page.login.blocked", DateTimeFormatter.ofPattern("HH:mm")
                    .format(until.plusSeconds(59).atZone(Dates.LEIDEN)));
        } else if (request.getAttribute(LoginMechanism.LOGIN_EXPIRED) != null) {
            feedback.error("page.login.codeExpired");
        } else if (isCodeStep()) {
            feedback.error("page.login.codeFailed");
        } else {
            feedback.error("page.login.failed");
        }
    }

    private static HttpSession session(boolean create) {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getSession(create);
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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
