package nl.leiden.healthysociety.domain.organisation;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.leiden.healthysociety.domain.shared.NotAudited;
import nl.leiden.healthysociety.domain.shared.Texts;

/**
 * A partner organisation. The name is unique regardless of case and accents ({@link #getNameKey()} carries the
 * unique constraint, because H2 has no expression indexes).
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    public static final int NAME_MAX = 200;
    public static final int WEBSITE_MAX = 500;
    public static final int EMAIL_MAX = 254;
    public static final int DESCRIPTION_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "name_key", nullable = false, unique = true, length = NAME_MAX)
    @NotAudited
    private String nameKey;

    @Column(name = "type", nullable = false, length = 40)
    private OrganisationType type;

    @Column(name = "core_partner", nullable = false)
    private boolean corePartner;

    @Column(name = "website", length = WEBSITE_MAX)
    private String website;

    @Column(name = "contact_email", length = EMAIL_MAX)
    private String contactEmail;

    @Column(name = "description", length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected Organisation() {
        // for JPA
    }

    public Organisation(String name, OrganisationType type) {
        rename(name);
        changeType(type);
    }

    public void rename(String newName) {
        String trimmed = Texts.trimToNull(newName);
        if (trimmed == null) {
            throw new IllegalArgumentException("an organisation needs a name");
        }
        this.name = trimmed;
        this.nameKey = Texts.searchKey(trimmed);
    }

    public void changeType(OrganisationType newType) {
        this.type = Objects.requireNonNull(newType, "an organisation needs a type");
    }

    public void describe(boolean corePartner, String website, String contactEmail, String description) {
        this.corePartner = corePartner;
        this.website = Texts.trimToNull(website);
        this.contactEmail = Texts.trimToNull(contactEmail);
        this.description = Texts.trimToNull(description);
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getNameKey() {
        return nameKey;
    }

    public OrganisationType getType() {
        return type;
    }

    public boolean isCorePartner() {
        return corePartner;
    }

    public String getWebsite() {
        return website;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Organisation that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Organisation.class.hashCode();
    }

    @Override
    public String toString() {
        return "Organisation[" + id + "]";
    }
}
