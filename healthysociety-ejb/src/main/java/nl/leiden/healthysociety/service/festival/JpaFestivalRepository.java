package nl.leiden.healthysociety.service.festival;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import nl.leiden.healthysociety.domain.account.Account;
import nl.leiden.healthysociety.domain.festival.Edition;
import nl.leiden.healthysociety.domain.festival.FestivalRepository;
import nl.leiden.healthysociety.domain.festival.ProposalReview;
import nl.leiden.healthysociety.domain.festival.Room;
import nl.leiden.healthysociety.domain.festival.SessionProposal;
import nl.leiden.healthysociety.domain.festival.TimeSlot;
import nl.leiden.healthysociety.domain.festival.Venue;
import nl.leiden.healthysociety.domain.organisation.Organisation;

/** Festival editions and everything hanging off them, in the database. */
@ApplicationScoped
public class JpaFestivalRepository implements FestivalRepository {

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    @Override
    public List<Edition> editions() {
        return em.createQuery("select e from Edition e order by e.year desc", Edition.class).getResultList();
    }

    @Override
    public Optional<Edition> edition(long id) {
        return Optional.ofNullable(em.find(Edition.class, id));
    }

    @Override
    public Optional<Edition> editionByYear(int year) {
        return em.createQuery("select e from Edition e where e.year = :year", Edition.class)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Venue> venues(Edition edition) {
        return em.createQuery("select distinct v from Venue v left join fetch v.rooms where v.edition = :edition"
                + " order by v.name", Venue.class)
                .setParameter("edition", edition)
                .getResultList();
    }

    @Override
    public List<TimeSlot> slots(Edition edition) {
        return em.createQuery("select s from TimeSlot s where s.edition = :edition order by s.day, s.startsAt",
                TimeSlot.class)
                .setParameter("edition", edition)
                .getResultList();
    }

    @Override
    public Optional<Room> room(long id) {
        return Optional.ofNullable(em.find(Room.class, id));
    }

    @Override
    public Optional<TimeSlot> slot(long id) {
        return Optional.ofNullable(em.find(TimeSlot.class, id));
    }

    @Override
    public Optional<SessionProposal> proposal(long id) {
        return Optional.ofNullable(em.find(SessionProposal.class, id));
    }

    @Override
    public List<SessionProposal> proposals(Edition edition, Organisation organisation) {
        String filter = organisation == null ? "" : " and p.organisation = :organisation";
        TypedQuery<SessionProposal> query = em.createQuery("select p from SessionProposal p join fetch p.organisation"
                + " where p.edition = :edition" + filter + " order by p.submittedAt desc, p.id desc",
                SessionProposal.class)
                .setParameter("edition", edition);
        if (organisation != null) {
            query.setParameter("organisation", organisation);
        }
        return query.getResultList();
    }

    @Override
    public List<SessionProposal> sessionsWithMeeting(Edition edition) {
        return em.createQuery("select p from SessionProposal p join fetch p.meeting join fetch p.organisation"
                + " left join fetch p.theme left join fetch p.room where p.edition = :edition", SessionProposal.class)
                .setParameter("edition", edition)
                .getResultList();
    }

    @Override
    public List<ProposalReview> reviews(Edition edition) {
        return em
                .createQuery("select r from ProposalReview r join fetch r.reviewer where r.proposal.edition = :edition",
                        ProposalReview.class)
                .setParameter("edition", edition)
                .getResultList();
    }

    @Override
    public Optional<ProposalReview> review(SessionProposal proposal, Account reviewer) {
        return em.createQuery("select r from ProposalReview r where r.proposal = :proposal and r.reviewer = :reviewer",
                ProposalReview.class)
                .setParameter("proposal", proposal)
                .setParameter("reviewer", reviewer)
                .getResultStream()
                .findFirst();
    }

    @Override
    public <T> T add(T entity) {
        em.persist(entity);
        return entity;
    }
}
