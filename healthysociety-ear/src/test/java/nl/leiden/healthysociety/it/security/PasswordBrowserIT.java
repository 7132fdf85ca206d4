package nl.leiden.healthysociety.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import nl.leiden.healthysociety.it.support.BrowserTest;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.TestMail;

/** Inviting a partner on screen, choosing the password through the e-mailed link, and "forgot password". */
class PasswordBrowserIT extends BrowserTest {

    private static final String GOOD = "Morsweg-fiets-koffie-12";

    @Test
    void aBeheerderInvitesAPartnerWhoChoosesAPasswordAndLogsIn() {
        String email = TestMail.address("Petra Partner");
        login(DemoAccount.BEHEERDER);
        open("beheer/accounts");
        click("accounts:invite");
        type("invite:displayName", "Petra Partner");
        type("invite:email", email);
        new Select(byId("invite:organisation")).selectByVisibleText("Naturalis Biodiversity Center");
        click("invite:send");
        assertTrue(messages().contains("Petra Partner is uitgenodigd"), messages());
        logout();

        String code = TestMail.passwordCode(TestMail.await(email, "Uitnodiging voor het platform"));
        open("wachtwoord-instellen.xhtml?code=" + code);
        assertTrue(pageText().contains("Kies een wachtwoord voor Petra Partner"), pageText());
        type("choose:password", "Welkom2026!!");
        type("choose:repeated", "Welkom2026!!");
        click("choose:save");
        assertTrue(pageText().contains("te makkelijk te raden"), pageText());

        type("choose:password", GOOD);
        type("choose:repeated", GOOD);
        click("choose:save");
        assertTrue(messages().contains("Uw wachtwoord is opgeslagen"), messages());
        login(email, GOOD);
        assertEquals("Mijn startpagina", heading());
        assertTrue(pageText().contains("Naturalis Biodiversity Center"), pageText());
        logout();

        open("wachtwoord-instellen.xhtml?code=" + code);
        assertTrue(pageText().contains("Deze link werkt niet (meer)"), pageText());
    }

    @Test
    void forgotPasswordAnswersTheSameForAnyAddress() {
        open("login");
        click("forgot");
        assertEquals("Wachtwoord vergeten?", heading());
        type("forgot:email", TestMail.address("Niemand bekend"));
        click("forgot:send");
        assertTrue(messages().contains("Als er een account bij dit e-mailadres hoort"), messages());
    }
}
