package nl.leiden.healthysociety.domain.festival;

/** What is wrong with a programme: each one blocks publishing until it is solved. */
public enum ConflictKind {
    /** Two sessions in the same room at overlapping times. */
    ROOM_DOUBLE_BOOKED,
    /** One speaker in two sessions at overlapping times. */
    SPEAKER_IN_TWO_PLACES,
    /** A session that lasts longer than its slot. */
    SESSION_LONGER_THAN_SLOT,
    /** A room that holds fewer people than the session expects. */
    ROOM_TOO_SMALL
}
