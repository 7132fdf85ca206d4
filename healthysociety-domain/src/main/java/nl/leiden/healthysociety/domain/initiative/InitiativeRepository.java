package nl.leiden.healthysociety.domain.initiative;

import java.util.List;
import java.util.Optional;

/** Stored initiatives and their progress. Implemented with JPA in the EJB module. */
public interface InitiativeRepository {

    Optional<Initiative> find(long id);

    Optional<Initiative> findByNumber(String number);

    /** An initiative with exactly this title, ignoring case. */
    Optional<Initiative> findByTitle(String title);

    List<Initiative> search(InitiativeQuery query, InitiativeSort.Order order, int first, int pageSize);

    long count(InitiativeQuery query);

    Initiative add(Initiative initiative);

    /** The initiative's progress, newest first. */
    List<ProgressUpdate> progress(long initiativeId);

    ProgressUpdate add(ProgressUpdate update);
}
