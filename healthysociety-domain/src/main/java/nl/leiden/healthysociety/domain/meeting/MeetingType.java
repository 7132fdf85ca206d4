package nl.leiden.healthysociety.domain.meeting;

/**
 * The kind of meeting: a Kenniscafé on one topic, a Beleidslab on a municipal policy question, or a session of the
 * Leids Kennisfestival (made and changed through the festival's programme, not on its own).
 */
public enum MeetingType {
    KENNISCAFE, BELEIDSLAB, FESTIVALSESSIE
}
