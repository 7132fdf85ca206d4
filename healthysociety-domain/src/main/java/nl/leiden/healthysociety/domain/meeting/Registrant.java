package nl.leiden.healthysociety.domain.meeting;

import nl.leiden.healthysociety.domain.reference.Area;

/** Who registers, as they filled in the form; the area is only there if they chose to say. */
public record Registrant(String name, String email, String organisation, RegistrantKind kind, String needs,
        Area area, String language) {
}
