package nl.leiden.healthysociety.service.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;

import org.eclipse.microprofile.config.Config;

import nl.leiden.healthysociety.domain.account.Role;

/**
 * How to reach the municipality's directory (LDAP or Active Directory) and which of its groups give which role.
 * Read from MicroProfile Config under {@code healthysociety.ldap.*}; without {@code healthysociety.ldap.url} there
 * is no directory login and only the accounts in the database can log in.
 *
 * @param url the directory, such as {@code ldaps://dc1.leiden.nl:636}
 * @param bindDn the service account that searches for people (empty: search anonymously)
 * @param bindPassword its password
 * @param userBase where people are searched, such as {@code ou=medewerkers,dc=leiden,dc=nl}
 * @param userFilter finds one person by the name typed at login, {@code {0}}; for Active Directory
 *            {@code (&(objectClass=user)(sAMAccountName={0}))}
 * @param nameAttribute the attribute with the person's name as shown on screen
 * @param mailAttribute the attribute with the person's e-mail address
 * @param groupBase where groups are searched besides the person's own {@code memberOf} (empty: memberOf only)
 * @param groupFilter finds the groups that have the person's DN, {@code {0}}, as member
 * @param beheerderGroups the DNs of the groups whose members are beheerder
 * @param medewerkerGroups the DNs of the groups whose members are medewerker
 * @param timeoutMillis how long to wait for the directory to connect or answer
 */
public record DirectorySettings(String url, String bindDn, String bindPassword, String userBase, String userFilter,
        String nameAttribute, String mailAttribute, String groupBase, String groupFilter, Set<LdapName> beheerderGroups,
        Set<LdapName> medewerkerGroups, int timeoutMillis) {

    static final String PREFIX = "healthysociety.ldap.";

    public DirectorySettings {
        beheerderGroups = Set.copyOf(beheerderGroups);
        medewerkerGroups = Set.copyOf(medewerkerGroups);
    }

    /** The settings in this configuration, or empty if it names no directory. */
    public static Optional<DirectorySettings> from(Config config) {
        return from(key -> config.getOptionalValue(key, String.class));
    }

    /** The settings that this lookup (from a full key to its value) gives, or empty if it names no directory. */
    static Optional<DirectorySettings> from(Function<String, Optional<String>> lookup) {
        Function<String, Optional<String>> config = key -> lookup.apply(PREFIX + key)
                .map(String::strip)
                .filter(value -> !value.isEmpty());
        Optional<String> url = text(config, "url");
        if (url.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DirectorySettings(url.get(), text(config, "bind-dn").orElse(null),
                text(config, "bind-password").orElse(null),
                text(config, "user-base").orElse(""),
                text(config, "user-filter").orElse("(&(objectClass=person)(uid={0}))"),
                text(config, "name-attribute").orElse("displayName"),
                text(config, "mail-attribute").orElse("mail"),
                text(config, "group-base").orElse(null),
                text(config, "group-filter").orElse("(|(member={0})(uniqueMember={0}))"),
                groups(text(config, "beheerder-groups").orElse("")),
                groups(text(config, "medewerker-groups").orElse("")),
                text(config, "timeout-ms").map(Integer::parseInt).orElse(5000)));
    }

    /**
     * The role a person in these groups has: beheerder wins over medewerker; none if no group gives a role, and
     * then the person cannot log in.
     */
    public Optional<Role> roleFor(Collection<LdapName> groups) {
        if (groups.stream().anyMatch(beheerderGroups::contains)) {
            return Optional.of(Role.BEHEERDER);
        }
        if (groups.stream().anyMatch(medewerkerGroups::contains)) {
            return Optional.of(Role.MEDEWERKER);
        }
        return Optional.empty();
    }

    /** Group DNs separated by semicolons (a DN itself holds commas); LdapName compares them without case. */
    static Set<LdapName> groups(String list) {
        return Arrays.stream(list.split(";"))
                .map(String::strip)
                .filter(dn -> !dn.isEmpty())
                .map(DirectorySettings::name)
                .collect(Collectors.toUnmodifiableSet());
    }

    static LdapName name(String dn) {
        try {
            return new LdapName(dn);
        } catch (InvalidNameException e) {
            throw new IllegalArgumentException("not a distinguished name in " + PREFIX + "*: " + dn, e);
        }
    }

    private static Optional<String> text(Function<String, Optional<String>> config, String key) {
        return config.apply(key);
    }

    @Override
    public String toString() {
        return "DirectorySettings[" + url + ", " + userBase + "]";
    }
}
