package nl.leiden.healthysociety.service.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Meetings are planned in Leiden's local time; they are stored as instants. */
public final class LeidenTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** Later than any meeting: an upper bound for "from now on" that every database can store. */
    public static final Instant FAR_FUTURE = Instant.parse("9999-01-01T00:00:00Z");

    private LeidenTime() {
    }

    public static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toInstant();
    }

    public static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
    }
}
