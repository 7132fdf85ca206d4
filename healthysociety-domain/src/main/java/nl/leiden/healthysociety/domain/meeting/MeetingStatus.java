package nl.leiden.healthysociety.domain.meeting;

/**
 * Where a meeting stands. A concept is visible to accounts only; a published meeting is on the public calendar and
 * open for registration (within its registration period); a cancelled one stays visible with that status. A
 * published meeting whose end has passed counts as afgelopen: see {@link Meeting#statusAt(java.time.Instant)}.
 */
public enum MeetingStatus {
    CONCEPT, GEPUBLICEERD, GEANNULEERD, AFGELOPEN
}
