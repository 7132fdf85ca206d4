package nl.leiden.healthysociety.domain.festival;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.leiden.healthysociety.domain.shared.NotRecorded;
import nl.leiden.healthysociety.domain.account.Account;
import nl.leiden.healthysociety.domain.meeting.Meeting;
import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.reference.Theme;
import nl.leiden.healthysociety.domain.shared.Texts;

/**
 * A partner's proposal for a festival session: what, in which form, by whom, for how many and how long. Its
 * organisation edits or withdraws it until the call closes; the committee then decides. An accepted session is
 * placed in a room and a time slot, and gets a meeting that visitors register for.
 */
@Entity
@Table(name = "session_proposal")
public class SessionProposal {

    public static final int TITLE_MAX = 200;
    public static final int ABSTRACT_MAX = 4000;
    public static final int AUDIENCE_MAX = 200;
    public static final int NEEDS_MAX = 1000;
    public static final int FEEDBACK_MAX = 2000;

    private static final Set<ProposalStatus> DECIDED = EnumSet.of(ProposalStatus.GEACCEPTEERD,
            ProposalStatus.AFGEWEZEN, ProposalStatus.RESERVE);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edition_id", nullable = false)
    private Edition edition;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "abstract_text", nullable = false, length = ABSTRACT_MAX)
    private String summary;

    @Column(name = "format", nullable = false, length = 20)
    private SessionFormat format;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "theme_id")
    private Theme theme;

    @Column(name = "contact_name", nullable = false, length = 100)
    @NotRecorded
    private String contactName;

    @Column(name = "contact_email", nullable = false, length = 254)
    @NotRecorded
    private String contactEmail;

    @Column(name = "audience", length = AUDIENCE_MAX)
    private String audience;

    @Column(name = "expected_participants", nullable = false)
    private int expectedParticipants;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "needs", length = NEEDS_MAX)
    private String needs;

    @Column(name = "status", nullable = false, length = 20)
    private ProposalStatus status;

    @Column(name = "feedback", length = FEEDBACK_MAX)
    private String feedback;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "submitted_by_id")
    private Account submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "room_id")
    private Room room;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "slot_id")
    private TimeSlot slot;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ElementCollection
    @CollectionTable(name = "session_speaker", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    private List<Speaker> speakers = new ArrayList<>();

    protected SessionProposal() {
        // for JPA
    }

    public SessionProposal(Edition edition, Organisation organisation, Account submittedBy, Instant now) {
        this.edition = Objects.requireNonNull(edition);
        this.organisation = Objects.requireNonNull(organisation);
        this.submittedBy = submittedBy;
        this.submittedAt = now;
        this.status = ProposalStatus.INGEDIEND;
    }

    /** Who the committee writes to about this proposal. */
    public void contact(String name, String email) {
        this.contactName = Objects.requireNonNull(Texts.trimToNull(name));
        this.contactEmail = Objects.requireNonNull(Texts.trimToNull(email));
    }

    public void classify(Theme newTheme) {
        this.theme = newTheme;
    }

    public void describe(String newTitle, String newSummary, SessionFormat newFormat, String newAudience,
            int participants, int minutes, String newNeeds, List<Speaker> newSpeakers) {
        if (participants < 1 || minutes < 1) {
            throw new IllegalArgumentException("participants and duration are positive");
        }
        this.title = Objects.requireNonNull(Texts.trimToNull(newTitle));
        this.summary = Objects.requireNonNull(Texts.trimToNull(newSummary));
        this.format = Objects.requireNonNull(newFormat);
        this.audience = Texts.trimToNull(newAudience);
        this.expectedParticipants = participants;
        this.durationMinutes = minutes;
        this.needs = Texts.trimToNull(newNeeds);
        this.speakers.clear();
        this.speakers.addAll(newSpeakers);
    }

    /** Its organisation may still change or withdraw it: the call is open and nobody has decided yet. */
    public boolean isChangeableAt(Instant now) {
        return edition.isCallOpenAt(now)
                && (status == ProposalStatus.INGEDIEND || status == ProposalStatus.IN_BEOORDELING);
    }

    public void withdraw() {
        this.status = ProposalStatus.INGETROKKEN;
    }

    public void startReview() {
        if (status == ProposalStatus.INGEDIEND) {
            this.status = ProposalStatus.IN_BEOORDELING;
        }
    }

    /** The committee's decision (accepted, declined or reserve) with its feedback to the proposer. */
    public void decide(ProposalStatus decision, String newFeedback, Instant now) {
        if (!DECIDED.contains(decision)) {
            throw new IllegalArgumentException("a decision is accepted, declined or reserve");
        }
        if (status == ProposalStatus.INGETROKKEN) {
            throw new IllegalStateException("a withdrawn proposal is not decided on");
        }
        this.status = decision;
        this.feedback = Texts.trimToNull(newFeedback);
        this.decidedAt = now;
        if (decision != ProposalStatus.GEACCEPTEERD) {
            this.room = null;
            this.slot = null;
        }
    }

    /** Places an accepted session in a room and slot (null for both takes it out of the programme). */
    public void place(Room newRoom, TimeSlot newSlot) {
        if ((newRoom == null) != (newSlot == null)) {
            throw new IllegalArgumentException("a session is placed in a room and a slot, or not at all");
        }
        if (newRoom != null && status != ProposalStatus.GEACCEPTEERD) {
            throw new IllegalStateException("only accepted sessions are placed");
        }
        this.room = newRoom;
        this.slot = newSlot;
    }

    public boolean isPlaced() {
        return room != null && slot != null;
    }

    public void attach(Meeting newMeeting) {
        this.meeting = newMeeting;
    }

    public boolean isDecided() {
        return DECIDED.contains(status);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Edition getEdition() {
        return edition;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public SessionFormat getFormat() {
        return format;
    }

    public Theme getTheme() {
        return theme;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getAudience() {
        return audience;
    }

    public int getExpectedParticipants() {
        return expectedParticipants;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getNeeds() {
        return needs;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public String getFeedback() {
        return feedback;
    }

    public Account getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Room getRoom() {
        return room;
    }

    public TimeSlot getSlot() {
        return slot;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public List<Speaker> getSpeakers() {
        return List.copyOf(speakers);
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof SessionProposal that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return SessionProposal.class.hashCode();
    }
}
