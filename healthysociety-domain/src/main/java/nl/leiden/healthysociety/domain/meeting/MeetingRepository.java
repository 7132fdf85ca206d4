package nl.leiden.healthysociety.domain.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored meetings, registrations and outcomes. Implemented with JPA in the EJB module. */
public interface MeetingRepository {

    Optional<Meeting> find(long id);

    /** The meeting, locked until the transaction ends: registrations for it wait for each other here. */
    Optional<Meeting> findLocked(long id);

    /** Meetings starting in [from, to), earliest first; statuses null means all. */
    List<Meeting> between(Instant from, Instant to, Collection<MeetingStatus> statuses);

    /**
     * The meetings of the public calendar: not festival sessions, not ended at {@code now}, begun at most 30 days
     * before it, with one of these statuses; soonest first. Read only: for showing, not for changing.
     */
    List<Meeting> calendar(Instant now, Collection<MeetingStatus> statuses);

    Meeting add(Meeting meeting);

    /** Per meeting, how many registrations have each status. */
    Map<Long, Map<RegistrationStatus, Long>> registrationCounts(Collection<Long> meetingIds);

    long count(Meeting meeting, RegistrationStatus status);

    Optional<Registration> registrationByToken(String token);

    Optional<Registration> registration(Meeting meeting, String emailKey);

    Optional<Registration> findRegistration(long id);

    /** A meeting's registrations in the order they came in (the waiting list's order). */
    List<Registration> registrations(Meeting meeting);

    /** The first ones on the waiting list. */
    List<Registration> waiting(Meeting meeting, int max);

    /** 1 for the first on the waiting list. */
    long waitingPosition(Registration registration);

    /** Every registration under this e-mail address, for export and erasure on request. */
    List<Registration> registrationsByEmail(String emailKey);

    Registration add(Registration registration);

    /**
     * Whether this e-mail address holds or waits for a seat in another festival session at a time that overlaps
     * this meeting's.
     */
    boolean hasOverlappingFestivalRegistration(String emailKey, Meeting meeting);

    ConsentText currentConsent();

    /** Published meetings starting in [from, to) that have not had their reminders yet. */
    List<Meeting> dueForReminders(Instant from, Instant to);

    /** Meetings that ended before this moment and still hold personal data. */
    List<Meeting> endedWithPersonalDataBefore(Instant moment);

    List<Insight> insights(Meeting meeting);

    List<ActionPlan> actionPlans(Meeting meeting);

    /** Action plans of all meetings that are past their due date and not finished or stopped. */
    List<ActionPlan> overdueActionPlans(LocalDate today);

    List<ActionPlanUpdate> updates(ActionPlan plan);

    List<Collaboration> collaborations(Meeting meeting);

    Optional<ActionPlan> findActionPlan(long id);

    <T> T add(T entity);
}
