package nl.leiden.healthysociety.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.leiden.healthysociety.domain.account.Role;

class DirectorySettingsTest {

    private static final String BEHEER = "cn=HSC-Beheerders,ou=Groepen,dc=leiden,dc=nl";
    private static final String AFDELING = "cn=gezondheid,ou=afdelingen,dc=leiden,dc=nl";

    private static Optional<DirectorySettings> settings(Map<String, String> values) {
        return DirectorySettings.from(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void withoutAUrlThereIsNoDirectoryLogin() {
        assertTrue(settings(Map.of()).isEmpty());
        assertTrue(settings(Map.of("healthysociety.ldap.url", "  ")).isEmpty());
    }

    @Test
    void groupsGiveRolesWithBeheerderWinningAndDnsComparedWithoutCase() {
        DirectorySettings settings = settings(Map.of("healthysociety.ldap.url", "ldap://dc1.leiden.nl",
                "healthysociety.ldap.beheerder-groups", BEHEER,
                "healthysociety.ldap.medewerker-groups",
                " cn=hsc-medewerkers,ou=groepen,dc=leiden,dc=nl ; " + AFDELING))
                .orElseThrow();

        assertEquals(Optional.of(Role.BEHEERDER), settings.roleFor(List.of(
                DirectorySettings.name("cn=hsc-beheerders,ou=groepen,dc=leiden,dc=nl"),
                DirectorySettings.name(AFDELING))));
        assertEquals(Optional.of(Role.MEDEWERKER), settings.roleFor(List.of(DirectorySettings.name(AFDELING))));
        assertEquals(Optional.empty(), settings.roleFor(List.of(
                DirectorySettings.name("cn=parkeren,ou=groepen,dc=leiden,dc=nl"))));
        assertEquals(Optional.empty(), settings.roleFor(List.of()));
    }

    @Test
    void defaultsFitAnOpenLdapDirectoryAndABadGroupIsAConfigurationError() {
        DirectorySettings settings = settings(Map.of("healthysociety.ldap.url", "ldap://dc1")).orElseThrow();

        assertEquals("(&(objectClass=person)(uid={0}))", settings.userFilter());
        assertEquals("displayName", settings.nameAttribute());
        assertEquals(5000, settings.timeoutMillis());
        assertThrows(IllegalArgumentException.class, () -> settings(Map.of("healthysociety.ldap.url", "ldap://dc1",
                "healthysociety.ldap.beheerder-groups", "geen dn")));
    }
}
