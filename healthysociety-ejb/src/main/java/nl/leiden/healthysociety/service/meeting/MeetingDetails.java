package nl.leiden.healthysociety.service.meeting;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import nl.leiden.healthysociety.domain.meeting.MeetingStatus;
import nl.leiden.healthysociety.domain.meeting.MeetingType;

/**
 * A meeting for accounts: everything filled in, how full it is, how its e-mail is doing, and what the caller may
 * do with it.
 */
public record MeetingDetails(long id, long version, MeetingType type, String title, String topic, Long themeId,
        String theme, String description, LocalDateTime startsAt, LocalDateTime endsAt, String location,
        int capacity, String audience, Set<Long> organiserIds, List<String> organisers,
        LocalDateTime registrationOpensAt, LocalDateTime registrationClosesAt, List<GroupView> themeGroups,
        MeetingStatus status, long confirmed, long waiting, long cancelled, long mailPending, long mailFailed,
        String minutes, boolean mayEdit, boolean mayPublish, boolean mayCancel, boolean maySeeRegistrations) {

    /** A theme group of a Beleidslab. */
    public record GroupView(long id, String name) {
    }
}
