package nl.leiden.healthysociety.service.meeting;

import java.util.List;
import java.util.Map;

import nl.leiden.healthysociety.domain.meeting.RegistrantKind;

/**
 * Who came to a meeting, in numbers: registrations by status, attendance, the mix of residents, professionals and
 * students among those with a seat, the organisations represented and the areas residents came from (for those who
 * chose to say). Stays the same after the personal data is erased.
 */
public record MeetingStatistics(long confirmed, long waiting, long cancelled, long present, long noShow,
        long notRecorded, Map<RegistrantKind, Long> kinds, List<Count> organisations, List<Count> areas) {

    /** A name and how many. */
    public record Count(String name, long count) {
    }

    /** How many people with a seat registered as this kind. */
    public long of(RegistrantKind kind) {
        return kinds.getOrDefault(kind, 0L);
    }

    public long registrations() {
        return confirmed + waiting + cancelled;
    }
}
