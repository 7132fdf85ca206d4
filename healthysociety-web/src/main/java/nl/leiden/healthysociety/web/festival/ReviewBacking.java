package nl.leiden.healthysociety.web.festival;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.festival.ProposalStatus;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.festival.EditionView;
import nl.leiden.healthysociety.service.festival.FestivalService;
import nl.leiden.healthysociety.service.festival.ReviewRow;
import nl.leiden.healthysociety.service.festival.ReviewService;
import nl.leiden.healthysociety.web.platform.Feedback;
import nl.leiden.healthysociety.web.platform.Responses;

/**
 * The programme committee's overview: all proposals of an edition with their average score, sortable by score or
 * theme; choosing one opens the form for one's own score and comment and for the decision.
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("score", "review:score", "comment", "review:comment",
            "decision", "review:decision", "feedback", "review:feedback");

    @Inject
    ReviewService reviews;

    @Inject
    FestivalService festivals;

    @Inject
    Feedback feedback;

    private Long editionId;
    private String order = "score";
    private EditionView edition;
    private List<ReviewRow> rows;
    private ReviewRow selected;
    private Integer score;
    private String comment;
    private ProposalStatus decision;
    private String decisionFeedback;

    public void load() throws IOException {
        try {
            edition = festivals.edition(editionId == null ? 0 : editionId);
            refresh();
        } catch (NotFoundException e) {
            Responses.error(404);
        }
    }

    private void refresh() {
        rows = reviews.overview(edition.id(),
                "thema".equals(order) ? ReviewService.Order.THEME : ReviewService.Order.SCORE);
        if (selected != null) {
            long id = selected.proposalId();
            selected = rows.stream().filter(row -> row.proposalId() == id).findFirst().orElse(null);
        }
    }

    public void select(long proposalId) {
        selected = rows.stream().filter(row -> row.proposalId() == proposalId).findFirst().orElse(null);
        score = selected == null ? null : selected.myScore();
        comment = selected == null ? null : selected.myComment();
        decision = null;
        decisionFeedback = null;
    }

    public void saveReview() {
        try {
            reviews.review(selected.proposalId(), score, comment);
            feedback.info("page.review.saved");
            refresh();
        } catch (BusinessException e) {
            feedback.show(e, FIELDS);
        }
    }

    public void decide() {
        try {
            reviews.decide(selected.proposalId(), decision, decisionFeedback);
            feedback.info("page.review.decided");
            refresh();
        } catch (BusinessException e) {
            feedback.show(e, FIELDS);
        }
    }

    public List<ProposalStatus> getDecisions() {
        return List.of(ProposalStatus.GEACCEPTEERD, ProposalStatus.RESERVE, ProposalStatus.AFGEWEZEN);
    }

    public List<Integer> getScores() {
        return List.of(1, 2, 3, 4, 5);
    }

    public EditionView getEdition() {
        return edition;
    }

    public List<ReviewRow> getRows() {
        return rows;
    }

    public ReviewRow getSelected() {
        return selected;
    }

    public Long getEditionId() {
        return editionId;
    }

    public void setEditionId(Long editionId) {
        this.editionId = editionId;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public ProposalStatus getDecision() {
        return decision;
    }

    public void setDecision(ProposalStatus decision) {
        this.decision = decision;
    }

    public String getDecisionFeedback() {
        return decisionFeedback;
    }

    public void setDecisionFeedback(String decisionFeedback) {
        this.decisionFeedback = decisionFeedback;
    }
}
