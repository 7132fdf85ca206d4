package nl.leiden.healthysociety.service.festival;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.domain.festival.Edition;
import nl.leiden.healthysociety.domain.festival.FestivalRepository;
import nl.leiden.healthysociety.domain.festival.ProposalReview;
import nl.leiden.healthysociety.domain.festival.ProposalStatus;
import nl.leiden.healthysociety.domain.festival.SessionProposal;
import nl.leiden.healthysociety.domain.mail.MailKind;
import nl.leiden.healthysociety.domain.shared.ConflictException;
import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.mail.Letter;
import nl.leiden.healthysociety.service.mail.MailOutbox;
import nl.leiden.healthysociety.service.security.Caller;
import nl.leiden.healthysociety.service.security.CallerLookup;

/**
 * The programme committee: medewerkers score (1 to 5) and comment on proposals, see them side by side sorted by
 * score or theme, and decide. A decision is e-mailed to the proposal's contact with the committee's feedback.
 * Scores and comments are for the committee only: partners never get them from any service.
 */
@Stateless
@RolesAllowed({BEHEERDER, MEDEWERKER})
public class ReviewService {

    private static final System.Logger LOG = System.getLogger(ReviewService.class.getName());

    /** How the overview is sorted. */
    public enum Order {
        SCORE, THEME
    }

    @Inject
    FestivalRepository festivals;

    @Inject
    CallerLookup callers;

    @Inject
    MailOutbox outbox;

    @Resource
    SessionContext session;

    public List<ReviewRow> overview(long editionId, Order order) {
        Caller caller = caller();
        Edition edition = festivals.edition(editionId)
                .orElseThrow(() -> new NotFoundException(FestivalService.NOT_FOUND));
        Map<Long, List<ProposalReview>> reviews = festivals.reviews(edition)
                .stream()
                .collect(Collectors.groupingBy(review -> review.getProposal().getId()));
        List<ReviewRow> rows = festivals.proposals(edition, null)
                .stream()
                .filter(proposal -> proposal.getStatus() != ProposalStatus.INGETROKKEN)
                .map(proposal -> row(caller, proposal, reviews.getOrDefault(proposal.getId(), List.of())))
                .toList();
        Comparator<ReviewRow> byScore = Comparator.comparing(ReviewRow::averageScore,
                Comparator.nullsLast(Comparator.reverseOrder()));
        Comparator<ReviewRow> byTheme = Comparator.comparing(
                (ReviewRow row) -> row.theme() == null ? null : row.theme().toLowerCase(Locale.ROOT),
                Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<ReviewRow> sort = order == Order.THEME
                ? byTheme.thenComparing(byScore)
                : byScore.thenComparing(byTheme);
        return rows.stream().sorted(sort.thenComparing(ReviewRow::title)).toList();
    }

    /** The caller's score and comment; a second review by the same person replaces the first. */
    public void review(long proposalId, Integer score, String comment) {
        if (score == null || score < 1 || score > 5) {
            throw new InvalidInputException(FieldError.of("score", "validation.review.score"));
        }
        if (comment != null && comment.strip().length() > ProposalReview.COMMENT_MAX) {
            throw new InvalidInputException(new FieldError("comment", "validation.tooLong",
                    Map.of("max", ProposalReview.COMMENT_MAX)));
        }
        Caller caller = caller();
        SessionProposal proposal = proposal(proposalId);
        if (proposal.getStatus() == ProposalStatus.INGETROKKEN) {
            throw new ConflictException("error.proposal.withdrawn");
        }
        Instant now = Instant.now();
        festivals.review(proposal, caller.account())
                .ifPresentOrElse(review -> review.score(score, comment, now),
                        () -> festivals.add(new ProposalReview(proposal, caller.account(), score, comment, now)));
        proposal.startReview();
        LOG.log(Level.INFO, "Proposal {0} reviewed by account {1}", proposalId, caller.account().getId());
    }

    /** Accepts, declines or puts on reserve, and e-mails the decision with the feedback to the proposal's contact. */
    public void decide(long proposalId, ProposalStatus decision, String feedback) {
        if (decision != ProposalStatus.GEACCEPTEERD && decision != ProposalStatus.AFGEWEZEN
                && decision != ProposalStatus.RESERVE) {
            throw new InvalidInputException(FieldError.of("decision", "validation.review.decision"));
        }
        if (feedback != null && feedback.strip().length() > SessionProposal.FEEDBACK_MAX) {
            throw new InvalidInputException(new FieldError("feedback", "validation.tooLong",
                    Map.of("max", SessionProposal.FEEDBACK_MAX)));
        }
        SessionProposal proposal = proposal(proposalId);
        if (proposal.getStatus() == ProposalStatus.INGETROKKEN) {
            throw new ConflictException("error.proposal.withdrawn");
        }
        proposal.decide(decision, feedback, Instant.now());
        outbox.queue(MailKind.PROPOSAL_DECIDED, proposal.getContactEmail(), letter(proposal), null, null);
        LOG.log(Level.INFO, "Proposal {0} decided: {1}, by account {2}", proposalId, decision,
                caller().account().getId());
    }

    private static Letter letter(SessionProposal proposal) {
        String outcome = switch (proposal.getStatus()) {
            case GEACCEPTEERD ->
                "Uw sessie is geaccepteerd voor het programma. U hoort van ons wanneer en waar zij plaatsvindt.";
            case RESERVE ->
                "Uw sessie staat op de reservelijst. Komt er ruimte in het programma, dan nemen wij contact met u op.";
            default -> "Uw sessie is helaas niet geselecteerd voor het programma.";
        };
        StringBuilder body = new StringBuilder()
                .append("Beste ").append(proposal.getContactName()).append(",\n\n")
                .append("De programmacommissie van het Leids Kennisfestival ").append(proposal.getEdition().getYear())
                .append(" heeft besloten over uw voorstel \"").append(proposal.getTitle()).append("\".\n\n")
                .append(outcome).append("\n\n");
        if (proposal.getFeedback() != null) {
            body.append("Toelichting van de commissie:\n").append(proposal.getFeedback()).append("\n\n");
        }
        body.append("Met vriendelijke groet,\nLeiden Healthy Society Center\n");
        return new Letter("Besluit over uw sessievoorstel: " + proposal.getTitle(), body.toString(), null);
    }

    private static ReviewRow row(Caller caller, SessionProposal proposal, List<ProposalReview> reviews) {
        OptionalDouble average = reviews.stream().mapToInt(ProposalReview::getScore).average();
        ProposalReview mine = reviews.stream()
                .filter(review -> review.getReviewer().equals(caller.account()))
                .findFirst()
                .orElse(null);
        return new ReviewRow(proposal.getId(), proposal.getTitle(), proposal.getOrganisation().getName(),
                proposal.getFormat(), proposal.getTheme() == null ? null : proposal.getTheme().getName(),
                proposal.getExpectedParticipants(), proposal.getStatus(),
                average.isPresent() ? Math.round(average.getAsDouble() * 10) / 10.0 : null, reviews.size(),
                mine == null ? null : mine.getScore(), mine == null ? null : mine.getComment());
    }

    private SessionProposal proposal(long id) {
        return festivals.proposal(id).orElseThrow(() -> new NotFoundException(ProposalService.NOT_FOUND));
    }

    private Caller caller() {
        return callers.of(session.getCallerPrincipal());
    }
}
