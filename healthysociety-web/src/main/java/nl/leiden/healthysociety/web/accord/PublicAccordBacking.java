package nl.leiden.healthysociety.web.accord;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.service.accord.AccordDashboard;
import nl.leiden.healthysociety.service.accord.AccordService;

/** The public page of the newest accord: ambitions and indicator status for residents. */
@Named
@RequestScoped
public class PublicAccordBacking {

    @Inject
    AccordService service;

    private AccordDashboard summary;
    private boolean loaded;

    public AccordDashboard getSummary() {
        if (!loaded) {
            summary = service.publicSummary();
            loaded = true;
        }
        return summary;
    }
}
