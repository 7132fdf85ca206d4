package nl.leiden.healthysociety.domain.festival;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds what keeps a programme from being published: a room double-booked, a speaker in two places at once, a
 * session longer than its slot, a room smaller than the expected audience. Only placed sessions count.
 */
public final class ProgrammeCheck {

    private ProgrammeCheck() {
    }

    public static List<ProgrammeConflict> conflicts(List<SessionProposal> sessions) {
        List<SessionProposal> placed = sessions.stream().filter(SessionProposal::isPlaced).toList();
        List<ProgrammeConflict> found = new ArrayList<>();
        for (SessionProposal session : placed) {
            if (session.getDurationMinutes() > session.getSlot().length().toMinutes()) {
                found.add(new ProgrammeConflict(ConflictKind.SESSION_LONGER_THAN_SLOT, List.of(session),
                        session.getSlot().getStartsAt() + "–" + session.getSlot().getEndsAt()));
            }
            if (session.getExpectedParticipants() > session.getRoom().getCapacity()) {
                found.add(new ProgrammeConflict(ConflictKind.ROOM_TOO_SMALL, List.of(session),
                        session.getRoom().label()));
            }
        }
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                SessionProposal a = placed.get(i);
                SessionProposal b = placed.get(j);
                if (!a.getSlot().overlaps(b.getSlot())) {
                    continue;
                }
                if (a.getRoom().equals(b.getRoom())) {
                    found.add(new ProgrammeConflict(ConflictKind.ROOM_DOUBLE_BOOKED, List.of(a, b),
                            a.getRoom().label()));
                }
                for (String speaker : sharedSpeakers(a, b)) {
                    found.add(new ProgrammeConflict(ConflictKind.SPEAKER_IN_TWO_PLACES, List.of(a, b), speaker));
                }
            }
        }
        return found;
    }

    private static List<String> sharedSpeakers(SessionProposal a, SessionProposal b) {
        Set<String> keys = new HashSet<>();
        a.getSpeakers().forEach(speaker -> keys.add(speaker.key()));
        return b.getSpeakers().stream().filter(speaker -> keys.contains(speaker.key())).map(Speaker::getName).toList();
    }
}
