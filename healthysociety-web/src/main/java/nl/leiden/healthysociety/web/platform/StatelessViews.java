package nl.leiden.healthysociety.web.platform;

import java.util.Set;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * The public pages a visitor reads without logging in are stateless views: nothing of them is kept between requests,
 * so reading them makes no HTTP session (with page state kept on the server, every page view by a crawler, a link
 * preview or a load test would otherwise hold a session for half an hour). The flag is set when the view is
 * created: PrimeFaces keeps its script nonce in the view's state before the page itself is built, and would make a
 * session for it. (A posted stateless page is built anew without this handler: the layout marks it, see
 * {@link StatelessView}.) A stateless page may have a form (the meeting page's registration), which then works from what
 * it posts alone; it must not use view-scoped beans.
 */
public class StatelessViews extends ViewHandlerWrapper {

    /** The stateless pages; the error pages too, since anyone can ask for an address that does not exist. */
    static final Set<String> VIEW_IDS = Set.of("/index.xhtml", "/activiteiten.xhtml", "/bijeenkomst.xhtml",
            "/kennisfestival.xhtml", "/preventieakkoord.xhtml", "/toegankelijkheid.xhtml", "/fout/403.xhtml",
            "/fout/404.xhtml", "/fout/500.xhtml", "/fout/verlopen.xhtml");

    public StatelessViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        return stateless(super.createView(context, viewId));
    }

    private static UIViewRoot stateless(UIViewRoot root) {
        if (root != null && VIEW_IDS.contains(root.getViewId())) {
            root.setTransient(true);
        }
        return root;
    }
}
