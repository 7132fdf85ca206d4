package nl.leiden.healthysociety.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestDatabase;
import nl.leiden.healthysociety.it.support.TestDirectory;

/**
 * Municipal employees log in with their directory account, against a real LDAP server: the groups they are in
 * give their role, the directory's changes count from their next login, and the partners' accounts in the
 * database keep working beside it and cannot be taken over through the directory.
 */
class DirectoryLoginIT extends ServerTest {

    private static final String BEHEER_JOB = "api/beheer/jobs/mail";
    private static final String INBOX = "api/intranet/questions";
    /** The failed logins here count against an address of their own, not against the other tests' address. */
    private static final String ADDRESS = "192.0.2.44";

    @BeforeAll
    static void directory() {
        TestDirectory.start();
        TestDirectory.person("jdevries", "Jan de Vries", "j.devries@leiden.nl", "Gemeente-Leiden-1",
                TestDirectory.BEHEERDERS, TestDirectory.MEDEWERKERS);
        TestDirectory.person("sbakker", "Sanne Bakker", "s.bakker@leiden.nl", "Stadhuis-2026!",
                TestDirectory.GEZONDHEID);
        TestDirectory.person("pparker", "Piet Parker", "p.parker@leiden.nl", "Parkeren-2026!", TestDirectory.PARKEREN);
        TestDirectory.person("wisselaar", "Wil Wissel", "w.wissel@leiden.nl", "Wisselen-2026!",
                TestDirectory.MEDEWERKERS);
        TestDirectory.person("partner-ggd", "Iemand Anders", "anders@leiden.nl", "Overname-2026!",
                TestDirectory.BEHEERDERS);
    }

    @Test
    void aMemberOfTheBeheerderGroupLogsInAsBeheerderAndGetsAnAccountFromTheDirectory() {
        Api jan = Api.as(baseUrl, "JDeVries", "Gemeente-Leiden-1").from(ADDRESS);

        assertEquals(200, jan.post(BEHEER_JOB, null).status());
        assertEquals("DIRECTORY", account("source", "jdevries"));
        assertEquals("BEHEERDER", account("role", "jdevries"));
        assertEquals("Jan de Vries", account("display_name", "jdevries"));
        assertEquals("j.devries@leiden.nl", account("email", "jdevries"));
        assertEquals("!directory", account("password_hash", "jdevries"));
    }

    @Test
    void aDepartmentMemberIsMedewerkerThroughMemberOf() {
        Api sanne = Api.as(baseUrl, "sbakker", "Stadhuis-2026!").from(ADDRESS);

        assertEquals(200, sanne.get(INBOX).status());
        assertEquals(403, sanne.post(BEHEER_JOB, null).status());
        assertEquals("MEDEWERKER", account("role", "sbakker"));
    }

    @Test
    void wrongEmptyOrInjectedPasswordsAndPeopleWithoutARoleGroupStayOut() {
        assertEquals(401, Api.as(baseUrl, "jdevries", "Gemeente-Leiden-2").from(ADDRESS).get(INBOX).status());
        assertEquals(401, Api.as(baseUrl, "jdevries", "").from(ADDRESS).get(INBOX).status());
        assertEquals(401, Api.as(baseUrl, "*", "Gemeente-Leiden-1").from(ADDRESS).get(INBOX).status());
        assertEquals(401, Api.as(baseUrl, "jdevries)(uid=*", "Gemeente-Leiden-1").from(ADDRESS).get(INBOX).status());
        assertEquals(401, Api.as(baseUrl, "pparker", "Parkeren-2026!").from(ADDRESS).get(INBOX).status());
        assertEquals(0, TestDatabase.number("select count(*) from account where username = ?", "pparker"));
    }

    @Test
    void theDirectoryDecidesAgainAtEachLoginAndABlockedAccountStaysBlocked() {
        Api wil = Api.as(baseUrl, "wisselaar", "Wisselen-2026!").from(ADDRESS);
        assertEquals(403, wil.post(BEHEER_JOB, null).status());

        TestDirectory.join("wisselaar", TestDirectory.BEHEERDERS);
        assertEquals(200, wil.post(BEHEER_JOB, null).status());
        assertEquals("BEHEERDER", account("role", "wisselaar"));

        TestDirectory.leave("wisselaar", TestDirectory.BEHEERDERS);
        TestDirectory.leave("wisselaar", TestDirectory.MEDEWERKERS);
        assertEquals(401, wil.get(INBOX).status());

        TestDirectory.join("wisselaar", TestDirectory.MEDEWERKERS);
        assertEquals(200, wil.get(INBOX).status());
        TestDatabase.update("update account set enabled = false where username = ?", "wisselaar");
        assertEquals(401, wil.get(INBOX).status());
    }

    @Test
    void aPartnerAccountInTheDatabaseCannotBeTakenOverThroughTheDirectory() {
        assertEquals(401, Api.as(baseUrl, "partner-ggd", "Overname-2026!").from(ADDRESS).get(INBOX).status());
        assertEquals(200, api(DemoAccount.PARTNER_GGD).get(INBOX).status());
        assertEquals("LOCAL", account("source", "partner-ggd"));
        assertEquals("PARTNER", account("role", "partner-ggd"));
    }

    private static String account(String column, String username) {
        return TestDatabase.text("select " + column + " from account where username = ?", username);
    }
}
