package nl.leiden.healthysociety.domain.meeting;

import java.time.Instant;
import java.util.Locale;
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
import nl.leiden.healthysociety.domain.shared.NotRecorded;
import nl.leiden.healthysociety.domain.reference.Area;
import nl.leiden.healthysociety.domain.shared.Texts;

/**
 * A person's registration for a meeting, made without an account. It holds a seat (confirmed), waits for one, or
 * was cancelled. The person reaches it through an unguessable token in their e-mail. Once anonymised only what the
 * statistics need remains: the status, attendance, kind of registrant and area.
 */
@Entity
@Table(name = "registration")
public class Registration {

    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    public static final int ORGANISATION_MAX = 200;
    public static final int NEEDS_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(name = "status", nullable = false, length = 20)
    private RegistrationStatus status;

    @Column(name = "name", length = NAME_MAX)
    @NotRecorded
    private String name;

    @Column(name = "email", length = EMAIL_MAX)
    @NotRecorded
    private String email;

    @Column(name = "email_key", length = EMAIL_MAX)
    @NotRecorded
    private String emailKey;

    @Column(name = "organisation", length = ORGANISATION_MAX)
    @NotRecorded
    private String organisation;

    @Column(name = "kind", nullable = false, length = 20)
    private RegistrantKind kind;

    @Column(name = "needs", length = NEEDS_MAX)
    @NotRecorded
    private String needs;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "area_id")
    private Area area;

    @Column(name = "language", nullable = false, length = 5)
    private String language;

    @Column(name = "consent_version", nullable = false)
    private int consentVersion;

    @Column(name = "token", length = 64)
    @NotRecorded
    private String token;

    @Column(name = "attendance", length = 20)
    private Attendance attendance;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    protected Registration() {
        // for JPA
    }

    public Registration(Meeting meeting, Registrant registrant, int consentVersion, String token, Instant now) {
        this.meeting = Objects.requireNonNull(meeting);
        this.consentVersion = consentVersion;
        this.token = Objects.requireNonNull(token);
        this.registeredAt = now;
        this.status = RegistrationStatus.WAITING;
        describe(registrant);
    }

    /** The key under which an e-mail address counts as the same person: trimmed and lower case. */
    public static String emailKey(String email) {
        String trimmed = Texts.trimToNull(email);
        return trimmed == null ? null : trimmed.toLowerCase(Locale.ROOT);
    }

    private void describe(Registrant registrant) {
        this.name = Objects.requireNonNull(Texts.trimToNull(registrant.name()));
        this.email = Objects.requireNonNull(Texts.trimToNull(registrant.email()));
        this.emailKey = emailKey(registrant.email());
        this.organisation = Texts.trimToNull(registrant.organisation());
        this.kind = Objects.requireNonNull(registrant.kind());
        this.needs = Texts.trimToNull(registrant.needs());
        this.area = registrant.area();
        this.language = registrant.language();
    }

    /** A cancelled registration taken up again by the same person: new details, new token, at the back. */
    public void renew(Registrant registrant, int newConsentVersion, String newToken, Instant now) {
        if (status != RegistrationStatus.CANCELLED) {
            throw new IllegalStateException("only a cancelled registration is renewed");
        }
        describe(registrant);
        this.consentVersion = newConsentVersion;
        this.token = newToken;
        this.registeredAt = now;
        this.cancelledAt = null;
        this.confirmedAt = null;
        this.attendance = null;
        this.status = RegistrationStatus.WAITING;
    }

    public void confirm(Instant now) {
        this.status = RegistrationStatus.CONFIRMED;
        this.confirmedAt = now;
    }

    public void cancel(Instant now) {
        this.status = RegistrationStatus.CANCELLED;
        this.cancelledAt = now;
    }

    public void record(Attendance newAttendance) {
        if (status != RegistrationStatus.CONFIRMED && newAttendance != null) {
            throw new IllegalStateException("attendance is recorded for confirmed registrations only");
        }
        this.attendance = newAttendance;
    }

    /**
     * Removes everything that identifies the person; the statistics keep counting this registration, including the
     * organisation it was made for (an organisation's name is not the person's).
     */
    public void anonymise(Instant now) {
        this.name = null;
        this.email = null;
        this.emailKey = null;
        this.needs = null;
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

    public Meeting getMeeting() {
        return meeting;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public RegistrantKind getKind() {
        return kind;
    }

    public String getNeeds() {
        return needs;
    }

    public Area getArea() {
        return area;
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

    public Attendance getAttendance() {
        return attendance;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Registration that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Registration.class.hashCode();
    }
}
