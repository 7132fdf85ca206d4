package nl.leiden.healthysociety.service.festival;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import nl.leiden.healthysociety.domain.festival.ConflictKind;
import nl.leiden.healthysociety.domain.festival.SessionFormat;

/**
 * The programme as the programme maker sees it: rooms across, slots down, the accepted sessions placed in them or
 * still waiting for a place, and everything that keeps it from being published.
 */
public record ProgrammeView(long editionId, int year, boolean published, List<EditionView.RoomView> rooms,
        List<EditionView.SlotView> slots, List<SessionCard> placed, List<SessionCard> unplaced,
        List<ConflictView> conflicts) {

    /** An accepted session: what the grid shows of it, and where it is (room and slot ids, or null). */
    public record SessionCard(long proposalId, String title, String organisation, SessionFormat format,
            int expectedParticipants, int durationMinutes, List<String> speakers, Long roomId, Long slotId,
            LocalDate day, LocalTime startsAt, Long meetingId) {
    }

    /** A conflict with the sessions it concerns and what it is about (a room or a speaker). */
    public record ConflictView(ConflictKind kind, List<Long> proposalIds, List<String> titles, String subject) {
    }

    public boolean publishable() {
        return conflicts.isEmpty() && !placed.isEmpty();
    }
}
