package nl.leiden.healthysociety.domain.meeting;

/** The kind of meeting: a Kenniscafé on one topic, or a Beleidslab on a municipal policy question. */
public enum MeetingType {
    KENNISCAFE, BELEIDSLAB
}
