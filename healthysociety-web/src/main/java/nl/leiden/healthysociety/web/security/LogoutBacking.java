package nl.leiden.healthysociety.web.security;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import nl.leiden.healthysociety.service.security.SecurityLog;
import nl.leiden.healthysociety.service.security.SecurityLog.Action;
import nl.leiden.healthysociety.service.security.SecurityLog.Result;
import nl.leiden.healthysociety.web.platform.Feedback;

/** Logging out ends the session entirely and returns to the home page with a confirmation. */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    Feedback feedback;

    @Inject
    CurrentUser currentUser;

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Long accountId = currentUser.isLoggedIn() ? currentUser.getAccount().id() : null;
        request.logout();
        SecurityLog.event(Action.LOGOUT, Result.SUCCESS, accountId,
                accountId == null ? "session" : "account:" + accountId, ClientAddress.of(request));
        external.invalidateSession();
        feedback.infoAfterRedirect("page.logout.done");
        external.redirect(external.getRequestContextPath() + "/");
    }
}
