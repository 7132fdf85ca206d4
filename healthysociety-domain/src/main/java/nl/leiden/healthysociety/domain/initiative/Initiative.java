package nl.leiden.healthysociety.domain.initiative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.leiden.healthysociety.domain.shared.NotAudited;
import nl.leiden.healthysociety.domain.accord.Ambition;
import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.reference.Area;
import nl.leiden.healthysociety.domain.reference.TargetGroup;
import nl.leiden.healthysociety.domain.reference.Theme;
import nl.leiden.healthysociety.domain.shared.Texts;

/**
 * A health or wellbeing initiative in the city. It has at least one lead organisation (trekker); an organisation is
 * either a lead or a partner of it, not both. The contact person is personal data: never published.
 */
@Entity
@Table(name = "initiative")
public class Initiative {

    public static final int NUMBER_MAX = 20;
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int CONTACT_NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int WEBSITE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "number", unique = true, length = NUMBER_MAX)
    private String number;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "description", length = DESCRIPTION_MAX)
    private String description;

    /** Title and description without case and accents, for searching. */
    @Column(name = "search_text", nullable = false, length = TITLE_MAX + DESCRIPTION_MAX + 1)
    @NotAudited
    private String searchText;

    @Column(name = "status", nullable = false, length = 30)
    private InitiativeStatus status;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "contact_name", length = CONTACT_NAME_MAX)
    private String contactName;

    @Column(name = "contact_email", length = EMAIL_MAX)
    private String contactEmail;

    @Column(name = "website", length = WEBSITE_MAX)
    private String website;

    @Column(name = "published", nullable = false)
    private boolean published;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the initiative or its progress last changed; lists filter on it ("not updated in six months"). */
    @Column(name = "last_updated_at", nullable = false)
    private Instant lastUpdatedAt;

    @ManyToMany
    @JoinTable(name = "initiative_theme", joinColumns = @JoinColumn(name = "initiative_id"), inverseJoinColumns = @JoinColumn(name = "theme_id"))
    private Set<Theme> themes = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "initiative_lead", joinColumns = @JoinColumn(name = "initiative_id"), inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> leads = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "initiative_partner", joinColumns = @JoinColumn(name = "initiative_id"), inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> partners = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "initiative_target_group", joinColumns = @JoinColumn(name = "initiative_id"), inverseJoinColumns = @JoinColumn(name = "target_group_id"))
    private Set<TargetGroup> targetGroups = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "initiative_area", joinColumns = @JoinColumn(name = "initiative_id"), inverseJoinColumns = @JoinColumn(name = "area_id"))
    private Set<Area> areas = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "initiative_ambition", joinColumns = @JoinColumn(name = "initiative_id"), inverseJoinColumns = @JoinColumn(name = "ambition_id"))
    private Set<Ambition> ambitions = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "initiative_life_stage", joinColumns = @JoinColumn(name = "initiative_id"))
    @Column(name = "life_stage", nullable = false, length = 30)
    private Set<LifeStage> lifeStages = EnumSet.noneOf(LifeStage.class);

    protected Initiative() {
        // for JPA
    }

    public Initiative(String title, InitiativeStatus status, Collection<Organisation> leads, Instant now) {
        this.createdAt = Objects.requireNonNull(now);
        this.lastUpdatedAt = now;
        describe(title, null);
        changeStatus(status, now);
        organise(leads, Set.of());
    }

    /** Sets title and description; the title is required. */
    public void describe(String newTitle, String newDescription) {
        String trimmed = Texts.trimToNull(newTitle);
        if (trimmed == null) {
            throw new IllegalArgumentException("an initiative needs a title");
        }
        this.title = trimmed;
        this.description = Texts.trimToNull(newDescription);
        this.searchText = Texts.searchKey(trimmed + (description == null ? "" : " " + description));
    }

    public void renumber(String newNumber) {
        this.number = Texts.trimToNull(newNumber);
    }

    public void changeStatus(InitiativeStatus newStatus, Instant at) {
        this.status = Objects.requireNonNull(newStatus, "an initiative needs a status");
        touch(at);
    }

    /**
     * Sets who leads and who takes part. At least one lead; an organisation named as both counts as a lead only.
     */
    public void organise(Collection<Organisation> newLeads, Collection<Organisation> newPartners) {
        if (newLeads == null || newLeads.isEmpty()) {
            throw new IllegalArgumentException("an initiative needs at least one lead organisation");
        }
        leads.clear();
        leads.addAll(newLeads);
        partners.clear();
        partners.addAll(newPartners);
        partners.removeAll(leads);
    }

    public void plan(LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("an initiative cannot end before it starts");
        }
        this.startDate = start;
        this.endDate = end;
    }

    public void classify(Collection<Theme> newThemes, Collection<TargetGroup> newTargetGroups,
            Collection<LifeStage> newLifeStages, Collection<Area> newAreas, Collection<Ambition> newAmbitions) {
        replace(themes, newThemes);
        replace(targetGroups, newTargetGroups);
        replace(areas, newAreas);
        replace(ambitions, newAmbitions);
        lifeStages.clear();
        lifeStages.addAll(newLifeStages);
    }

    public void contact(String name, String email, String newWebsite) {
        this.contactName = Texts.trimToNull(name);
        this.contactEmail = Texts.trimToNull(email);
        this.website = Texts.trimToNull(newWebsite);
    }

    public void publish(boolean publish) {
        this.published = publish;
    }

    /** Records that the initiative changed at this moment. */
    public void touch(Instant at) {
        if (lastUpdatedAt == null || at.isAfter(lastUpdatedAt)) {
            this.lastUpdatedAt = at;
        }
    }

    public boolean isLedBy(Organisation organisation) {
        return leads.contains(organisation);
    }

    public boolean involves(Organisation organisation) {
        return leads.contains(organisation) || partners.contains(organisation);
    }

    private static <T> void replace(Set<T> target, Collection<T> source) {
        target.clear();
        if (source != null) {
            target.addAll(source);
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public InitiativeStatus getStatus() {
        return status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getWebsite() {
        return website;
    }

    public boolean isPublished() {
        return published;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUpdatedAt() {
        return lastUpdatedAt;
    }

    public Set<Theme> getThemes() {
        return Set.copyOf(themes);
    }

    public Set<Organisation> getLeads() {
        return Set.copyOf(leads);
    }

    public Set<Organisation> getPartners() {
        return Set.copyOf(partners);
    }

    public Set<TargetGroup> getTargetGroups() {
        return Set.copyOf(targetGroups);
    }

    public Set<Area> getAreas() {
        return Set.copyOf(areas);
    }

    public Set<Ambition> getAmbitions() {
        return Set.copyOf(ambitions);
    }

    public Set<LifeStage> getLifeStages() {
        return lifeStages.isEmpty() ? Set.of() : EnumSet.copyOf(lifeStages);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Initiative that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Initiative.class.hashCode();
    }

    @Override
    public String toString() {
        return "Initiative[" + id + "]";
    }
}
