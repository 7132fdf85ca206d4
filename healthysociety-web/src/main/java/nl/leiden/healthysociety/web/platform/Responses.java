package nl.leiden.healthysociety.web.platform;

import java.io.IOException;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/** Ending a JSF request with something other than the page: an error status (shown as our error page) or a redirect. */
public final class Responses {

    private Responses() {
    }

    /** Answers with this HTTP error (such as 404), which web.xml maps to the error page, and renders nothing else. */
    public static void error(int status) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(status, null);
        faces.responseComplete();
    }

    /** Redirects to a path inside the application, such as "/intranet/initiatief?id=3". */
    public static void redirect(String path) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + path);
    }
}
