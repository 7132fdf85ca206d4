package nl.leiden.healthysociety.web.i18n;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The language a visitor reads the screens in: the one they chose (kept in a cookie, see {@link LanguageChoice}),
 * else English when their browser asks for it, else Dutch. Nothing of it is kept in a session, so a visitor who
 * only reads gets none.
 */
@Named
@RequestScoped
public class LanguageSwitch {

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = resolve();
        }
        return locale;
    }

    private static Locale resolve() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return Bundle.DUTCH;
        }
        ExternalContext external = faces.getExternalContext();
        Locale chosen = LanguageChoice.chosen((HttpServletRequest) external.getRequest());
        if (chosen != null) {
            return chosen;
        }
        if (external.getRequestHeaderMap().get("Accept-Language") == null) {
            // Without the header the container reports its own default locale, which says nothing of the visitor.
            return Bundle.DUTCH;
        }
        Iterator<Locale> requested = external.getRequestLocales();
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

    /** The plain link that switches to the other language and comes back to the page the visitor is on. */
    public String getSwitchUrl() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String query = request.getQueryString();
        String back = request.getRequestURI() + (query == null || query.isBlank() ? "" : "?" + query);
        return external.getRequestContextPath() + LanguageChoice.PATH + "?" + LanguageChoice.LANGUAGE + "="
                + getOtherLanguage() + "&" + LanguageChoice.BACK + "="
                + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }
}
