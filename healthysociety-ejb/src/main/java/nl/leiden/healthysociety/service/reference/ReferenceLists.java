package nl.leiden.healthysociety.service.reference;

import java.io.Serializable;
import java.util.List;

import nl.leiden.healthysociety.domain.reference.AreaLevel;

/** The choices a form or filter offers. */
public record ReferenceLists(List<Named> themes, List<Named> targetGroups, List<AreaChoice> areas,
        List<Named> ambitions, List<Named> organisations) implements Serializable {

    /** An area with its level, so a list can indent neighbourhoods under their district. */
    public record AreaChoice(long id, String name, AreaLevel level) implements Serializable {
    }
}
