package nl.leiden.healthysociety.domain.festival;

import java.util.List;
import java.util.Optional;

import nl.leiden.healthysociety.domain.account.Account;
import nl.leiden.healthysociety.domain.organisation.Organisation;

/** Stored festival editions, their venues, slots, proposals and reviews. Implemented with JPA in the EJB module. */
public interface FestivalRepository {

    List<Edition> editions();

    Optional<Edition> edition(long id);

    Optional<Edition> editionByYear(int year);

    List<Venue> venues(Edition edition);

    List<TimeSlot> slots(Edition edition);

    Optional<Room> room(long id);

    Optional<TimeSlot> slot(long id);

    Optional<SessionProposal> proposal(long id);

    /** The edition's proposals, of one organisation or (null) of all, newest first. */
    List<SessionProposal> proposals(Edition edition, Organisation organisation);

    /**
     * The sessions of an edition that have a meeting, with their meeting, organisation, theme and room read in the
     * same query: what the public programme shows.
     */
    List<SessionProposal> sessionsWithMeeting(Edition edition);

    List<ProposalReview> reviews(Edition edition);

    Optional<ProposalReview> review(SessionProposal proposal, Account reviewer);

    <T> T add(T entity);
}
