package nl.leiden.healthysociety.domain.meeting;

/** Who registers: a resident, a professional or a student; for the mix in the statistics. */
public enum RegistrantKind {
    INWONER, PROFESSIONAL, STUDENT
}
