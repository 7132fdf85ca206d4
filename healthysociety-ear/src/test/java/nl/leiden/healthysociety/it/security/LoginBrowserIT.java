package nl.leiden.healthysociety.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import nl.leiden.healthysociety.it.support.BrowserTest;
import nl.leiden.healthysociety.it.support.DemoAccount;

/** Logging in and out, per role, and what the login page tells (and does not tell). */
class LoginBrowserIT extends BrowserTest {

    @Test
    void eachRoleLogsInSeesItsNavigationAndLogsOut() {
        for (DemoAccount account : DemoAccount.values()) {
            login(account);

            assertEquals("Mijn startpagina", heading(), account.toString());
            assertTrue(pageText().contains("(" + account.roleLabel() + ")"), pageText());
            boolean accountsLink = !browser().findElements(By.linkText("Accounts")).isEmpty();
            assertEquals(account == DemoAccount.BEHEERDER, accountsLink, account + " sees the accounts link");

            logout();

            assertTrue(messages().contains("U bent uitgelogd."), messages());
            open("intranet/start");
            assertEquals("Inloggen", heading(), "after logout the intranet asks for a login again");
        }
    }

    @Test
    void partnerSeesItsOrganisationOnTheStartPage() {
        login(DemoAccount.PARTNER_GGD);

        assertTrue(pageText().contains("Uw organisatie: GGD Hollands Midden."), pageText());
    }

    @Test
    void wrongPasswordAndUnknownAccountGetTheSameDutchMessage() {
        login("beheerder", "niet-het-wachtwoord");
        String wrongPassword = messages();
        login("iemand-die-niet-bestaat", "niet-het-wachtwoord");
        String unknownAccount = messages();

        assertEquals("Inloggen is niet gelukt. Controleer uw gebruikersnaam en wachtwoord.", wrongPassword);
        assertEquals(wrongPassword, unknownAccount);
        assertEquals("", byId("login:password").getAttribute("value"), "the password is not sent back");
        assertEquals("iemand-die-niet-bestaat", byId("login:username").getAttribute("value"));
    }

    @Test
    void loginGivesANewSessionIdWithSafeCookieFlags() {
        open("login");
        Cookie before = browser().manage().getCookieNamed("JSESSIONID");
        assertNotNull(before, "the login page starts a session");

        login(DemoAccount.MEDEWERKER);
        Cookie after = browser().manage().getCookieNamed("JSESSIONID");

        assertNotEquals(before.getValue(), after.getValue());
        assertTrue(after.isHttpOnly(), "HttpOnly");
        assertTrue(after.isSecure(), "Secure");
        assertEquals("Lax", after.getSameSite());
    }

    @Test
    void protectedPageLeadsToLoginAndBackToThatPage() {
        open("intranet/organisaties");
        assertEquals("Inloggen", heading());

        type("login:username", DemoAccount.MEDEWERKER.username());
        type("login:password", DemoAccount.PASSWORD);
        click("login:submit");

        assertEquals("Organisaties", heading());
        assertTrue(browser().getCurrentUrl().endsWith("/intranet/organisaties"), browser().getCurrentUrl());
    }

    @Test
    void partnerAndMedewerkerGetTheDutch403PageOnBeheerPages() {
        for (DemoAccount account : new DemoAccount[]{DemoAccount.PARTNER_HSL, DemoAccount.MEDEWERKER}) {
            login(account);
            open("beheer/accounts");

            assertEquals("Geen toegang", heading(), account.toString());
            assertFalse(pageText().contains("Exception"));
            logout();
        }
    }

    @Test
    void visitorCanSwitchToEnglishAndBack() {
        open("");
        assertEquals("Samen werken aan een gezond Leiden", heading());

        click("language");
        assertEquals("Working together for a healthy Leiden", heading());
        assertEquals("en", browser().findElement(By.tagName("html")).getAttribute("lang"));

        click("language");
        assertEquals("Samen werken aan een gezond Leiden", heading());
    }

    @Test
    void formSubmittedAfterTheSessionEndedGetsThePageExpiredPage() {
        open("login");
        browser().manage().deleteAllCookies();

        type("login:username", "beheerder");
        type("login:password", DemoAccount.PASSWORD);
        click("login:submit");

        assertEquals("Pagina verlopen", heading());
        assertTrue(pageText().contains("Open de pagina opnieuw"), pageText());
    }

    @Test
    void publicPagesAndErrorPagesAreAccessible() {
        open("toegankelijkheid");
        assertEquals("Toegankelijkheidsverklaring", heading());
        open("bestaat-niet");
        assertEquals("Pagina niet gevonden", heading());
        open("fout/verlopen");
        assertEquals("Pagina verlopen", heading());
        open("fout/500");
        assertEquals("Er ging iets mis", heading());
    }
}
