package nl.leiden.healthysociety.domain.organisation;

import java.util.List;
import java.util.Optional;

/** Stored organisations. Implemented with JPA in the EJB module. */
public interface OrganisationRepository {

    Optional<Organisation> find(long id);

    Optional<Organisation> findByName(String name);

    /**
     * One page of organisations whose name contains the search text (ignoring case and accents), ordered by name.
     */
    List<Organisation> search(OrganisationQuery query, int first, int pageSize);

    long count(OrganisationQuery query);

    Organisation add(Organisation organisation);
}
