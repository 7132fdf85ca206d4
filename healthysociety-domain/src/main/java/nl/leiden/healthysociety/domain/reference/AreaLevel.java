package nl.leiden.healthysociety.domain.reference;

/** How large an area is: the whole city, one of its districts, or a neighbourhood within a district. */
public enum AreaLevel {
    STAD, DISTRICT, WIJK
}
