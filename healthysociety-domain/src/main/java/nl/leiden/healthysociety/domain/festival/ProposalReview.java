package nl.leiden.healthysociety.domain.festival;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.leiden.healthysociety.domain.account.Account;
import nl.leiden.healthysociety.domain.shared.Texts;

/** One reviewer's score (1 to 5) and comment on a proposal; a reviewer has one review per proposal. */
@Entity
@Table(name = "proposal_review")
public class ProposalReview {

    public static final int COMMENT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id", nullable = false)
    private SessionProposal proposal;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reviewer_id", nullable = false)
    private Account reviewer;

    @Column(name = "score", nullable = false)
    private int score;

    @Column(name = "review_comment", length = COMMENT_MAX)
    private String comment;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    protected ProposalReview() {
        // for JPA
    }

    public ProposalReview(SessionProposal proposal, Account reviewer, int score, String comment, Instant now) {
        this.proposal = Objects.requireNonNull(proposal);
        this.reviewer = Objects.requireNonNull(reviewer);
        score(score, comment, now);
    }

    public void score(int newScore, String newComment, Instant now) {
        if (newScore < 1 || newScore > 5) {
            throw new IllegalArgumentException("a score is 1 to 5");
        }
        this.score = newScore;
        this.comment = Texts.trimToNull(newComment);
        this.reviewedAt = now;
    }

    public Long getId() {
        return id;
    }

    public SessionProposal getProposal() {
        return proposal;
    }

    public Account getReviewer() {
        return reviewer;
    }

    public int getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ProposalReview that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return ProposalReview.class.hashCode();
    }
}
