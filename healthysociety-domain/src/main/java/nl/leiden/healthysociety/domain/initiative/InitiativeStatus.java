package nl.leiden.healthysociety.domain.initiative;

/** How far an initiative is. */
public enum InitiativeStatus {
    IDEE, IN_VOORBEREIDING, LOPEND, AFGEROND, GESTOPT
}
