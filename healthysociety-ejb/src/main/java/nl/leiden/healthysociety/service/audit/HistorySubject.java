package nl.leiden.healthysociety.service.audit;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of business data whose history is shown on screen and through the API, each with the entity whose trail
 * it is and the query that says whether a partner's organisation owns one (a lead or partner of the initiative, an
 * organiser of the meeting, the organisation of the proposal, an organisation the question was passed to).
 */
public enum HistorySubject {
    ORGANISATION("Organisation",
            "select count(o) from Organisation o where o.id = :id and o = :organisation"), INITIATIVE("Initiative",
                    "select count(i) from Initiative i where i.id = :id"
                            + " and (:organisation member of i.leads or :organisation member of i.partners)"), MEETING(
                                    "Meeting",
                                    "select count(m) from Meeting m where m.id = :id and :organisation member of m.organisers"), PROPOSAL(
                                            "SessionProposal", "select count(p) from SessionProposal p where p.id = :id"
                                                    + " and p.organisation = :organisation"), QUESTION("Question",
                                                            "select count(q) from Question q where q.id = :id"
                                                                    + " and :organisation member of q.organisations");

    private final String entity;
    private final String ownedByQuery;

    HistorySubject(String entity, String ownedByQuery) {
        this.entity = entity;
        this.ownedByQuery = ownedByQuery;
    }

    public String entity() {
        return entity;
    }

    String ownedByQuery() {
        return ownedByQuery;
    }

    /** The subject by its name in a path ("initiative"), if there is one. */
    public static Optional<HistorySubject> byPathName(String name) {
        for (HistorySubject subject : values()) {
            if (subject.name().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(subject);
            }
        }
        return Optional.empty();
    }
}
