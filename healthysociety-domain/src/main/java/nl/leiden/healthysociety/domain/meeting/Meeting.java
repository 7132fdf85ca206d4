package nl.leiden.healthysociety.domain.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.leiden.healthysociety.domain.shared.NotAudited;
import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.reference.Theme;
import nl.leiden.healthysociety.domain.shared.Texts;

/**
 * A Kenniscafé or Beleidslab: when and where, for how many people, organised by which organisations, and whether
 * people can register for it now. Seats are counted by the registration service under a lock on this row.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    public static final int TITLE_MAX = 200;
    public static final int TOPIC_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int LOCATION_MAX = 200;
    public static final int AUDIENCE_MAX = 200;
    public static final int MINUTES_MAX = 20000;
    public static final int CAPACITY_MAX = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "type", nullable = false, length = 20)
    private MeetingType type;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "topic", length = TOPIC_MAX)
    private String topic;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "theme_id")
    private Theme theme;

    @Column(name = "description", length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "location", nullable = false, length = LOCATION_MAX)
    private String location;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "audience", length = AUDIENCE_MAX)
    private String audience;

    @Column(name = "status", nullable = false, length = 20)
    private MeetingStatus status;

    @Column(name = "registration_opens_at")
    private Instant registrationOpensAt;

    @Column(name = "registration_closes_at")
    private Instant registrationClosesAt;

    @Column(name = "minutes", length = MINUTES_MAX)
    private String minutes;

    @Column(name = "reminders_sent_at")
    @NotAudited
    private Instant remindersSentAt;

    @Column(name = "personal_data_erased_at")
    private Instant personalDataErasedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ManyToMany
    @JoinTable(name = "meeting_organiser", joinColumns = @JoinColumn(name = "meeting_id"), inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> organisers = new LinkedHashSet<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ThemeGroup> themeGroups = new ArrayList<>();

    protected Meeting() {
        // for JPA
    }

    /** A new meeting, always a concept until a medewerker publishes it. */
    public Meeting(MeetingType type, String title, Instant startsAt, Instant endsAt, String location, int capacity,
            Collection<Organisation> organisers, Instant now) {
        this.type = Objects.requireNonNull(type);
        this.status = MeetingStatus.CONCEPT;
        this.createdAt = now;
        describe(title, null, null, null, null);
        schedule(startsAt, endsAt, location);
        limitTo(capacity);
        organiseBy(organisers);
    }

    public void describe(String newTitle, String newTopic, Theme newTheme, String newDescription,
            String newAudience) {
        this.title = Objects.requireNonNull(Texts.trimToNull(newTitle), "a meeting needs a title");
        this.topic = Texts.trimToNull(newTopic);
        this.theme = newTheme;
        this.description = Texts.trimToNull(newDescription);
        this.audience = Texts.trimToNull(newAudience);
    }

    public void retype(MeetingType newType) {
        this.type = Objects.requireNonNull(newType);
    }

    public void schedule(Instant newStart, Instant newEnd, String newLocation) {
        if (!newEnd.isAfter(newStart)) {
            throw new IllegalArgumentException("a meeting ends after it starts");
        }
        this.startsAt = newStart;
        this.endsAt = newEnd;
        this.location = Objects.requireNonNull(Texts.trimToNull(newLocation), "a meeting needs a location");
    }

    /** True when these would change the time or place that registrants were told. */
    public boolean isMovedBy(Instant newStart, Instant newEnd, String newLocation) {
        return !startsAt.equals(newStart) || !endsAt.equals(newEnd) || !location.equals(Texts.trimToNull(newLocation));
    }

    public void limitTo(int newCapacity) {
        if (newCapacity < 1) {
            throw new IllegalArgumentException("a meeting has at least one seat");
        }
        this.capacity = newCapacity;
    }

    public void openRegistration(Instant opensAt, Instant closesAt) {
        this.registrationOpensAt = opensAt;
        this.registrationClosesAt = closesAt;
    }

    public void organiseBy(Collection<Organisation> newOrganisers) {
        if (newOrganisers.isEmpty()) {
            throw new IllegalArgumentException("a meeting has at least one organising organisation");
        }
        organisers.clear();
        organisers.addAll(newOrganisers);
    }

    /** Replaces the theme groups by these names, keeping the groups (and their insights) whose name stays. */
    public void groupInto(List<String> names) {
        List<String> wanted = names.stream().map(Texts::trimToNull).filter(Objects::nonNull).distinct().toList();
        themeGroups.removeIf(group -> !wanted.contains(group.getName()));
        for (int i = 0; i < wanted.size(); i++) {
            String name = wanted.get(i);
            int order = i;
            themeGroups.stream()
                    .filter(group -> group.getName().equals(name))
                    .findFirst()
                    .ifPresentOrElse(group -> group.reorder(order),
                            () -> themeGroups.add(new ThemeGroup(this, name, order)));
        }
        themeGroups.sort(Comparator.comparingInt(ThemeGroup::getSortOrder));
    }

    public void writeMinutes(String text) {
        this.minutes = Texts.trimToNull(text);
    }

    public void publish() {
        if (status != MeetingStatus.CONCEPT) {
            throw new IllegalStateException("only a concept is published");
        }
        this.status = MeetingStatus.GEPUBLICEERD;
    }

    public void cancel() {
        if (status == MeetingStatus.GEANNULEERD) {
            throw new IllegalStateException("already cancelled");
        }
        this.status = MeetingStatus.GEANNULEERD;
    }

    /** The status as people see it at this moment: a published meeting that has ended is afgelopen. */
    public MeetingStatus statusAt(Instant now) {
        if ((status == MeetingStatus.GEPUBLICEERD) && !endsAt.isAfter(now)) {
            return MeetingStatus.AFGELOPEN;
        }
        return status;
    }

    /** When registration opens: the set moment, or as soon as the meeting is published. */
    public Instant registrationOpensAt() {
        return registrationOpensAt;
    }

    /** When registration closes: the set moment, or when the meeting starts. */
    public Instant registrationClosesAt() {
        return registrationClosesAt != null && registrationClosesAt.isBefore(startsAt)
                ? registrationClosesAt
                : startsAt;
    }

    public boolean isRegistrationOpenAt(Instant now) {
        return status == MeetingStatus.GEPUBLICEERD
                && (registrationOpensAt == null || !now.isBefore(registrationOpensAt))
                && now.isBefore(registrationClosesAt());
    }

    public boolean isOrganisedBy(Organisation organisation) {
        return organisation != null && organisers.contains(organisation);
    }

    public void markRemindersSent(Instant at) {
        this.remindersSentAt = at;
    }

    public void markPersonalDataErased(Instant at) {
        this.personalDataErasedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public MeetingType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getTopic() {
        return topic;
    }

    public Theme getTheme() {
        return theme;
    }

    public String getDescription() {
        return description;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getLocation() {
        return location;
    }

    public int getCapacity() {
        return capacity;
    }

    public String getAudience() {
        return audience;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public Instant getRegistrationOpensAt() {
        return registrationOpensAt;
    }

    public Instant getRegistrationClosesAt() {
        return registrationClosesAt;
    }

    public String getMinutes() {
        return minutes;
    }

    public Instant getRemindersSentAt() {
        return remindersSentAt;
    }

    public Instant getPersonalDataErasedAt() {
        return personalDataErasedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Organisation> getOrganisers() {
        return Set.copyOf(organisers);
    }

    public List<ThemeGroup> getThemeGroups() {
        return List.copyOf(themeGroups);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Meeting that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Meeting.class.hashCode();
    }
}
