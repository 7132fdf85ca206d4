package nl.leiden.healthysociety.domain.meeting;

/** Whether a confirmed registrant came, as recorded at the check-in. */
public enum Attendance {
    PRESENT, NO_SHOW
}
