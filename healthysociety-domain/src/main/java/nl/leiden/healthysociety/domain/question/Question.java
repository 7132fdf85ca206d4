package nl.leiden.healthysociety.domain.question;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.leiden.healthysociety.domain.shared.NotAudited;
import nl.leiden.healthysociety.domain.shared.NotRecorded;
import nl.leiden.healthysociety.domain.account.Account;
import nl.leiden.healthysociety.domain.initiative.Initiative;
import nl.leiden.healthysociety.domain.meeting.Meeting;
import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.reference.Area;
import nl.leiden.healthysociety.domain.reference.Theme;
import nl.leiden.healthysociety.domain.shared.Texts;

/**
 * A question to the Meeting Point. The asker needs no account: they follow it through an unguessable token in
 * their e-mail. The Center assigns it to partner organisations and/or a person, who answer it; the question waits
 * (and its wait is measured) from when it comes in, or the asker writes again, until someone answers. A set time
 * after it is closed the asker's data and the texts are erased; what the figures need remains.
 */
@Entity
@Table(name = "question")
public class Question {

    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    public static final int ORGANISATION_MAX = 200;
    public static final int TEXT_MAX = 5000;
    public static final int TOPIC_MAX = 200;

    private static final ZoneId LEIDEN = ZoneId.of("Europe/Amsterdam");
    private static final Pattern REFERENCE = Pattern.compile("(?i)\\s*MP-\\d{4}-0*(\\d{1,18})\\s*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "status", nullable = false, length = 20)
    private QuestionStatus status;

    @Column(name = "priority", nullable = false, length = 20)
    private QuestionPriority priority;

    @Column(name = "asker_name", length = NAME_MAX)
    @NotRecorded
    private String askerName;

    @Column(name = "asker_email", length = EMAIL_MAX)
    @NotRecorded
    private String askerEmail;

    @Column(name = "asker_email_key", length = EMAIL_MAX)
    @NotRecorded
    private String askerEmailKey;

    @Column(name = "asker_kind", nullable = false, length = 20)
    private AskerKind askerKind;

    @Column(name = "asker_organisation", length = ORGANISATION_MAX)
    @NotRecorded
    private String askerOrganisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "theme_id")
    private Theme theme;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "area_id")
    private Area area;

    @Column(name = "text", length = TEXT_MAX)
    @NotRecorded
    private String text;

    @Column(name = "language", nullable = false, length = 5)
    private String language;

    @Column(name = "consent_version", nullable = false)
    private int consentVersion;

    @Column(name = "token", length = 64)
    @NotRecorded
    private String token;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "submitted_by_id")
    private Account submittedBy;

    @ManyToMany
    @JoinTable(name = "question_organisation", joinColumns = @JoinColumn(name = "question_id"), inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> organisations = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private Account assignee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "initiative_id")
    private Initiative initiative;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "kenniscafe_topic", length = TOPIC_MAX)
    @NotRecorded
    private String kenniscafeTopic;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "waiting_since")
    private Instant waitingSince;

    @Column(name = "first_answered_at")
    private Instant firstAnsweredAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "reminded_at")
    @NotAudited
    private Instant remindedAt;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    protected Question() {
        // for JPA
    }

    public Question(Asker asker, Theme theme, Area area, String text, String language, int consentVersion,
            String token, Account submittedBy, Instant now) {
        this.askerName = Objects.requireNonNull(Texts.trimToNull(asker.name()));
        this.askerEmail = Objects.requireNonNull(Texts.trimToNull(asker.email()));
        this.askerEmailKey = emailKey(asker.email());
        this.askerKind = Objects.requireNonNull(asker.kind());
        this.askerOrganisation = Texts.trimToNull(asker.organisation());
        this.theme = theme;
        this.area = area;
        this.text = Objects.requireNonNull(Texts.trimToNull(text));
        this.language = Objects.requireNonNull(language);
        this.consentVersion = consentVersion;
        this.token = Objects.requireNonNull(token);
        this.submittedBy = submittedBy;
        this.status = QuestionStatus.NIEUW;
        this.priority = QuestionPriority.NORMAAL;
        this.createdAt = now;
        this.waitingSince = now;
    }

    /** The key under which an e-mail address counts as the same person: trimmed and lower case. */
    public static String emailKey(String email) {
        String trimmed = Texts.trimToNull(email);
        return trimmed == null ? null : trimmed.toLowerCase(Locale.ROOT);
    }

    /** The number people quote, such as MP-2026-0042: the year it came in and its id. */
    public String getReference() {
        return "MP-" + createdAt.atZone(LEIDEN).getYear() + "-" + String.format(Locale.ROOT, "%04d", id);
    }

    /** The id in a reference number as people type it (case and spaces ignored), if it is one. */
    public static Optional<Long> idFromReference(String reference) {
        Matcher matcher = reference == null ? null : REFERENCE.matcher(reference);
        return matcher != null && matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    /**
     * Passes the question to these organisations and/or this person (either may be empty); with someone assigned
     * an open question counts as passed on, without anyone as handled by the Center.
     */
    public void assign(Set<Organisation> newOrganisations, Account newAssignee) {
        organisations.clear();
        organisations.addAll(newOrganisations);
        this.assignee = newAssignee;
        settleOpenStatus();
    }

    /** A partner gives the question back to the Center: its organisation no longer holds it. */
    public void handBack(Organisation organisation, Account by) {
        organisations.remove(organisation);
        if (assignee != null && assignee.equals(by)) {
            this.assignee = null;
        }
        settleOpenStatus();
    }

    private void settleOpenStatus() {
        if (status.isOpen()) {
            this.status = isAssigned() ? QuestionStatus.DOORVERWEZEN : QuestionStatus.IN_BEHANDELING;
        }
    }

    public boolean isAssigned() {
        return !organisations.isEmpty() || assignee != null;
    }

    /** Someone wrote to the asker: the question counts as answered and no longer waits. */
    public void answered(Instant now) {
        if (firstAnsweredAt == null) {
            this.firstAnsweredAt = now;
        }
        this.status = QuestionStatus.BEANTWOORD;
        this.waitingSince = null;
    }

    /** The asker wrote again: an answered question is open again and waits from now. */
    public void askerWrote(Instant now) {
        if (status == QuestionStatus.GESLOTEN) {
            throw new IllegalStateException("a closed question takes no more messages");
        }
        if (status == QuestionStatus.BEANTWOORD) {
            this.status = isAssigned() ? QuestionStatus.DOORVERWEZEN : QuestionStatus.IN_BEHANDELING;
        }
        if (waitingSince == null) {
            this.waitingSince = now;
        }
    }

    /**
     * A medewerker sets the status by hand; closing stops the wait, reopening starts it again, "beantwoord" counts as
     * the first answer if there was none, and "doorverwezen" needs someone to be passed to.
     */
    public void changeStatus(QuestionStatus requested, Instant now) {
        Objects.requireNonNull(requested);
        QuestionStatus newStatus = requested == QuestionStatus.DOORVERWEZEN && !isAssigned()
                ? QuestionStatus.IN_BEHANDELING
                : requested;
        if (newStatus == QuestionStatus.GESLOTEN && status != QuestionStatus.GESLOTEN) {
            this.closedAt = now;
            this.waitingSince = null;
        } else if (newStatus != QuestionStatus.GESLOTEN) {
            this.closedAt = null;
            if (newStatus.isOpen() && waitingSince == null) {
                this.waitingSince = now;
            }
            if (newStatus == QuestionStatus.BEANTWOORD) {
                this.waitingSince = null;
                if (firstAnsweredAt == null) {
                    this.firstAnsweredAt = now;
                }
            }
        }
        this.status = newStatus;
    }

    public void changePriority(QuestionPriority newPriority) {
        this.priority = Objects.requireNonNull(newPriority);
    }

    /** What the question led to: an initiative, a meeting, a topic for a future Kenniscafé. */
    public void link(Initiative newInitiative, Meeting newMeeting, String topic) {
        this.initiative = newInitiative;
        this.meeting = newMeeting;
        this.kenniscafeTopic = Texts.trimToNull(topic);
    }

    /** Whether the question has waited for an answer for longer than this. */
    public boolean isWaitingLongerThan(Duration limit, Instant now) {
        return waitingSince != null && waitingSince.plus(limit).isBefore(now);
    }

    /**
     * Removes the asker and the text; the figures (theme, area, kind, status, times) keep counting it. A question
     * that was still open is closed now, since nobody can answer it any more.
     */
    public void anonymise(Instant now) {
        if (status != QuestionStatus.GESLOTEN) {
            this.status = QuestionStatus.GESLOTEN;
            this.closedAt = now;
        }
        this.waitingSince = null;
        this.submittedBy = null;
        this.askerName = null;
        this.askerEmail = null;
        this.askerEmailKey = null;
        this.askerOrganisation = null;
        this.text = null;
        this.token = null;
        this.anonymisedAt = now;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public QuestionPriority getPriority() {
        return priority;
    }

    public String getAskerName() {
        return askerName;
    }

    public String getAskerEmail() {
        return askerEmail;
    }

    public AskerKind getAskerKind() {
        return askerKind;
    }

    public String getAskerOrganisation() {
        return askerOrganisation;
    }

    public Theme getTheme() {
        return theme;
    }

    public Area getArea() {
        return area;
    }

    public String getText() {
        return text;
    }

    public String getLanguage() {
        return language;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    public int getConsentVersion() {
        return consentVersion;
    }

    public String getToken() {
        return token;
    }

    public Account getSubmittedBy() {
        return submittedBy;
    }

    public Set<Organisation> getOrganisations() {
        return Set.copyOf(organisations);
    }

    public Account getAssignee() {
        return assignee;
    }

    public Initiative getInitiative() {
        return initiative;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getKenniscafeTopic() {
        return kenniscafeTopic;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getWaitingSince() {
        return waitingSince;
    }

    public Instant getFirstAnsweredAt() {
        return firstAnsweredAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Question that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Question.class.hashCode();
    }
}
