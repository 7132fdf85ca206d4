package nl.leiden.healthysociety.service.accord;

import java.io.Serializable;

import nl.leiden.healthysociety.domain.accord.PreventionAccord;

/** An accord as lists show it. */
public record AccordSummary(long id, String name, int startYear, int endYear, Long predecessorId, long version)
        implements
            Serializable {

    static AccordSummary of(PreventionAccord accord) {
        return new AccordSummary(accord.getId(), accord.getName(), accord.getStartYear(), accord.getEndYear(),
                accord.getPredecessor() == null ? null : accord.getPredecessor().getId(), accord.getVersion());
    }
}
