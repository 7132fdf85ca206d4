package nl.leiden.healthysociety.service.festival;

import java.time.Instant;
import java.util.List;

import nl.leiden.healthysociety.domain.festival.ProposalStatus;
import nl.leiden.healthysociety.domain.festival.SessionFormat;

/**
 * A proposal as its organisation and the Center's staff see it, with the committee's decision and feedback; the
 * reviewers' scores are not in it (see {@link ReviewRow}).
 */
public record ProposalView(long id, long version, long editionId, int editionYear, long organisationId,
        String organisation, String title, String summary, SessionFormat format, Long themeId, String theme,
        String audience, int expectedParticipants, int durationMinutes, String needs,
        List<ProposalData.SpeakerData> speakers, String contactName, String contactEmail, ProposalStatus status,
        String feedback, Instant submittedAt, boolean mayChange) {
}
