package nl.leiden.healthysociety.web.accord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** Figures in views, in the visitor's language ("12,5" in Dutch): {@code #{figures.format(value)}}. */
@Named
@ApplicationScoped
public class Figures {

    public String format(Number value) {
        return Numbers.format(value, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
