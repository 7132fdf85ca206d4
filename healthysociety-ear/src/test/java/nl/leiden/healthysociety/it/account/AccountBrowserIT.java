package nl.leiden.healthysociety.it.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import nl.leiden.healthysociety.it.support.BrowserTest;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.TestData;
import nl.leiden.healthysociety.it.support.TestDatabase;

/** A beheerder creating, disabling and re-enabling an account, and what that means for logging in. */
class AccountBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Een-lang-wachtwoord-1";

    @Test
    void beheerderCreatesDisablesAndReenablesAPartnerAccount() {
        String username = TestData.uniqueName("partner").replace(' ', '-').toLowerCase(Locale.ROOT);
        login(DemoAccount.BEHEERDER);
        open("beheer/accounts");
        click("accounts:new");

        type("form:username", username);
        type("form:displayName", "Partner van Naturalis");
        new Select(byId("form:role")).selectByVisibleText("Partner");
        new Select(byId("form:organisation")).selectByVisibleText("Naturalis Biodiversity Center");
        type("form:password", PASSWORD);
        click("form:save");

        assertTrue(messages().contains("Account " + username + " is aangemaakt."), messages());
        assertEquals("PARTNER", TestDatabase.text("select role from account where username = ?", username));
        String hash = TestDatabase.text("select password_hash from account where username = ?", username);
        assertTrue(hash.startsWith("pbkdf2-sha256$") && !hash.contains(PASSWORD), "only a PBKDF2 hash is stored");

        clickInRowOf(username, "disable");
        confirm();
        assertTrue(messages().contains("Account " + username + " is geblokkeerd."), messages());
        logout();
        login(username, PASSWORD);
        assertEquals("Inloggen is niet gelukt. Controleer uw gebruikersnaam en wachtwoord.", messages());

        login(DemoAccount.BEHEERDER);
        open("beheer/accounts");
        clickInRowOf(username, "enable");
        assertTrue(messages().contains("Account " + username + " is weer vrijgegeven."), messages());
        logout();
        login(username, PASSWORD);
        assertEquals("Mijn startpagina", heading());
        assertTrue(pageText().contains("Uw organisatie: Naturalis Biodiversity Center."), pageText());
    }

    @Test
    void partnerAccountWithoutOrganisationAndShortPasswordIsRejected() {
        long before = TestDatabase.number("select count(*) from account");
        login(DemoAccount.BEHEERDER);
        open("beheer/account-nieuw");

        type("form:username", "zonder-organisatie");
        type("form:displayName", "Iemand");
        new Select(byId("form:role")).selectByVisibleText("Partner");
        type("form:password", "kort");
        click("form:save");

        assertTrue(pageText().contains("Gebruik minimaal 12 en maximaal 128 tekens."), pageText());
        assertEquals(before, TestDatabase.number("select count(*) from account"));
    }

    @Test
    void beheerderCannotBlockOwnAccount() {
        login(DemoAccount.BEHEERDER);
        open("beheer/accounts");

        clickInRowOf("beheerder", "disable");
        confirm();

        assertEquals("U kunt uw eigen account niet blokkeren.", messages());
        assertEquals(1, TestDatabase.number("select count(*) from account where username = 'beheerder' and enabled"));
    }

    private void clickInRowOf(String username, String button) {
        WebElement row = browser().findElement(By.xpath("//tr[td[normalize-space(.)='" + username + "']]"));
        WebElement action = row.findElement(By.cssSelector("[id$=':" + button + "']"));
        click(By.id(action.getAttribute("id")));
    }
}
