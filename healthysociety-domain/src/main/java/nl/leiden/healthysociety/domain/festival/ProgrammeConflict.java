package nl.leiden.healthysociety.domain.festival;

import java.util.List;

/** One problem in a programme: its kind, the sessions involved, and what it is about (a room, a speaker). */
public record ProgrammeConflict(ConflictKind kind, List<SessionProposal> sessions, String subject) {

    public ProgrammeConflict {
        sessions = List.copyOf(sessions);
    }
}
