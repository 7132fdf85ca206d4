package nl.leiden.healthysociety.domain.organisation;

/** What kind of organisation a partner is; the screen name comes from the resource bundle. */
public enum OrganisationType {
    GEMEENTE, KENNISINSTELLING, ZORG, WELZIJN, ONDERWIJS, BEWONERSINITIATIEF, BEDRIJF, OVERIG
}
