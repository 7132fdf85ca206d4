package nl.leiden.healthysociety.service.accord;

import java.io.Serializable;
import java.util.List;

/** An accord with its ambitions and their indicators' status; {@code illustrative} when any value shown is. */
public record AccordDashboard(AccordSummary accord, List<AmbitionProgress> ambitions, boolean illustrative)
        implements
            Serializable {
}
