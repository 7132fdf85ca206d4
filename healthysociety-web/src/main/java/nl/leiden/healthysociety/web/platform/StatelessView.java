package nl.leiden.healthysociety.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * For the layout's {@code f:view transient}: whether the page being built is one of {@link StatelessViews}. A posted
 * stateless page is built anew without going through the view handler, and Faces then requires the page itself to
 * say that it is stateless.
 */
@Named
@ApplicationScoped
public class StatelessView {

    public boolean isCurrent() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null
                && StatelessViews.VIEW_IDS.contains(faces.getViewRoot().getViewId());
    }
}
