package nl.leiden.healthysociety.service.festival;

import nl.leiden.healthysociety.domain.festival.ProposalStatus;
import nl.leiden.healthysociety.domain.festival.SessionFormat;

/** A proposal in the reviewers' overview: the average score, how many reviewed it, and the caller's own review. */
public record ReviewRow(long proposalId, String title, String organisation, SessionFormat format, String theme,
        int expectedParticipants, ProposalStatus status, Double averageScore, int reviews, Integer myScore,
        String myComment) {
}
