package nl.leiden.healthysociety.domain.account;

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
import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.shared.Texts;

/**
 * A person who logs in. A partner account belongs to exactly one organisation; other roles belong to none. The
 * password is only ever held as a salted hash.
 */
@Entity
@Table(name = "account")
public class Account {

    public static final int USERNAME_MAX = 100;
    public static final int DISPLAY_NAME_MAX = 200;
    public static final int HASH_MAX = 255;
    public static final int EMAIL_MAX = 254;

    /**
     * The password hash of a directory account: not a hash the password hasher accepts, so no password ever
     * matches it in this database; the directory checks the password instead.
     */
    public static final String DIRECTORY_PASSWORD = "!directory";

    /** The password hash of an invited account until its person sets a password: no password matches it. */
    public static final String NO_PASSWORD_YET = "!invited";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "username", nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "password_hash", nullable = false, length = HASH_MAX)
    @NotRecorded
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** Where the person behind the account gets e-mail about work assigned to them; may be unknown. */
    @Column(name = "email", length = EMAIL_MAX)
    private String email;

    @Column(name = "source", nullable = false, length = 20)
    private AccountSource source = AccountSource.LOCAL;

    /** The shared key (Base32) of the authenticator app that gives this person's second factor, if set up. */
    @Column(name = "totp_secret", length = 64)
    @NotRecorded
    private String totpSecret;

    /** The last time step whose code logged in: a code is accepted only once. */
    @Column(name = "totp_last_step")
    @NotRecorded
    private Long totpLastStep;

    protected Account() {
        // for JPA
    }

    public Account(String username, String displayName, Role role, Organisation organisation, String passwordHash,
            Instant createdAt) {
        String normalised = normaliseUsername(username);
        if (normalised == null) {
            throw new IllegalArgumentException("an account needs a username");
        }
        this.username = normalised;
        changeDisplayName(displayName);
        assign(role, organisation);
        changePasswordHash(passwordHash);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** The account of an employee who logged in with the directory for the first time. */
    public static Account fromDirectory(String username, String displayName, Role role, String email, Instant now) {
        if (role == Role.PARTNER) {
            throw new IllegalArgumentException("the directory holds municipal employees, not partners");
        }
        Account account = new Account(username, displayName, role, null, DIRECTORY_PASSWORD, now);
        account.source = AccountSource.DIRECTORY;
        account.changeEmail(email);
        return account;
    }

    /** Takes over what the directory says at a login: the name, the role its groups give, the e-mail address. */
    public void syncFromDirectory(String newDisplayName, Role newRole, String newEmail) {
        if (!isFromDirectory()) {
            throw new IllegalStateException("only a directory account follows the directory");
        }
        changeDisplayName(newDisplayName);
        assign(newRole, null);
        changeEmail(newEmail);
    }

    public boolean isFromDirectory() {
        return source == AccountSource.DIRECTORY;
    }

    public AccountSource getSource() {
        return source;
    }

    /** Usernames are compared without case, so they are stored in lower case. */
    public static String normaliseUsername(String username) {
        String trimmed = Texts.trimToNull(username);
        return trimmed == null ? null : trimmed.toLowerCase(Locale.ROOT);
    }

    public void changeDisplayName(String newDisplayName) {
        String trimmed = Texts.trimToNull(newDisplayName);
        if (trimmed == null) {
            throw new IllegalArgumentException("an account needs a display name");
        }
        this.displayName = trimmed;
    }

    /** Gives the account a role; a partner must name its organisation, the other roles must not. */
    public void assign(Role newRole, Organisation newOrganisation) {
        Objects.requireNonNull(newRole, "an account needs a role");
        if ((newRole == Role.PARTNER) != (newOrganisation != null)) {
            throw new IllegalArgumentException("a partner account belongs to exactly one organisation, others to none");
        }
        this.role = newRole;
        this.organisation = newOrganisation;
    }

    public void changePasswordHash(String newHash) {
        if (newHash == null || newHash.isBlank()) {
            throw new IllegalArgumentException("an account needs a password hash");
        }
        this.passwordHash = newHash;
    }

    public void changeEmail(String newEmail) {
        this.email = Texts.trimToNull(newEmail);
    }

    public String getEmail() {
        return email;
    }

    /** Whether a login needs a code from the authenticator app besides the password. */
    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    /**
     * Whether this account may not do without a second factor: a beheerder whose password this database checks. (A
     * directory account's login is the directory's business.)
     */
    public boolean requiresSecondFactor() {
        return role == Role.BEHEERDER && !isFromDirectory();
    }

    /** Sets up the second factor with this key, whose code for this time step the person just entered. */
    public void enrolSecondFactor(String secret, long confirmedStep) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("a second factor needs a key");
        }
        this.totpSecret = secret;
        this.totpLastStep = confirmedStep;
    }

    /** Turns the second factor off, which a beheerder's account may not. */
    public void removeSecondFactor() {
        if (requiresSecondFactor()) {
            throw new IllegalStateException("a beheerder keeps the second factor");
        }
        this.totpSecret = null;
        this.totpLastStep = null;
    }

    /** Uses the code of this time step for a login: false if that or a later step's code was already used. */
    public boolean useCodeOf(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        this.totpLastStep = step;
        return true;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Account that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Account.class.hashCode();
    }

    @Override
    public String toString() {
        return "Account[" + id + "]";
    }
}
