package nl.leiden.healthysociety.web.i18n;

import java.io.IOException;
import java.io.Serializable;
import java.util.Iterator;
import java.util.Iterator;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The language a visitor reads the screens in: Dutch unless they choose English (or their browser asks for
 * English and they have not chosen).
 */
@Named
@SessionScoped
public class LanguageSwitch implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale chosen;

    public Locale getLocale() {
        if (chosen != null) {
            return chosen;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || faces.getExternalContext().getRequestHeaderMap().get("Accept-Language") == null) {
            // Without the header the container reports its own default locale, which says nothing of the visitor.
            return Bundle.DUTCH;
        }
        Iterator<Locale> requested = faces.getExternalContext().getRequestLocales();
        while (requested.hasNext()) {
            String language = requested.next().getLanguage();
            for (Locale supported : Bundle.SUPPORTED) {
                if (supported.getLanguage().equals(language)) {
                    return supported;
                }
            }
        }
        return Bundle.DUTCH;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** The language the switch offers: the other one. */
    public String getOtherLanguage() {
        return "nl".equals(getLanguage()) ? "en" : "nl";
    }

    /** Switches to the other language and reloads the page the visitor is on. */
    public void toggle() throws IOException {
        chosen = "nl".equals(getLanguage()) ? Locale.ENGLISH : Bundle.DUTCH;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(chosen);
        ExternalContext external = faces.getExternalContext();
        String query = external.getRequestParameterMap().get("returnQuery");
        String target = external.getRequestContextPath() + faces.getViewRoot().getViewId().replace(".xhtml", "");
        external.redirect(query == null || query.isBlank() ? target : target + "?" + query);
    }
}
