package nl.leiden.healthysociety.domain.meeting;

/** Where an action plan stands. */
public enum ActionPlanStatus {
    OPEN, LOPEND, AFGEROND, GESTOPT
}
