package nl.leiden.healthysociety.domain.meeting;

/** A registration holds a seat, waits for one, or was cancelled (by the person or with the meeting). */
public enum RegistrationStatus {
    CONFIRMED, WAITING, CANCELLED
}
