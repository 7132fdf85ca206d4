package nl.leiden.healthysociety.domain.festival;

/** The form a festival session takes. */
public enum SessionFormat {
    LEZING, WORKSHOP, RONDLEIDING, PITCH, DEBAT
}
