package nl.leiden.healthysociety.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.leiden.healthysociety.it.support.BrowserTest;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.TestAccounts;
import nl.leiden.healthysociety.it.support.TestTotp;

/** Setting up two-step verification and logging in with it, as a new beheerder does, with the keyboard. */
class SecondFactorBrowserIT extends BrowserTest {

    @Test
    void aNewBeheerderSetsUpTheAppAndThenLogsInWithACode() {
        String username = TestAccounts.copyOf(DemoAccount.BEHEERDER, "beheerder-app");
        login(username, DemoAccount.PASSWORD);

        assertEquals("Tweestapsverificatie", heading());
        assertTrue(messages().contains("Stel eerst tweestapsverificatie in"), messages());
        String key = byId("secret").getText().replace(" ", "");
        assertTrue(byId("setupLink").getAttribute("href").startsWith("otpauth://totp/"));
        type("setup:code", "123");
        click("setup:enrol");
        assertTrue(pageText().contains("Deze code klopt niet"), pageText());

        type("setup:code", TestTotp.now(key));
        click("setup:enrol");
        assertEquals("Mijn startpagina", heading());
        assertTrue(messages().contains("Tweestapsverificatie staat aan"), messages());
        logout();

        login(username, DemoAccount.PASSWORD);
        assertTrue(pageText().contains("Dit account is beveiligd met tweestapsverificatie"), pageText());
        assertTrue(messages().contains("Vul nu de code in"), messages());
        type("code:verification", TestTotp.unusedCode(username, key));
        click("code:confirm");
        assertEquals("Mijn startpagina", heading());
    }

    @Test
    void startingAgainFromTheCodeStepShowsTheLoginForm() {
        login(DemoAccount.BEHEERDER.username(), DemoAccount.PASSWORD);
        assertTrue(pageText().contains("Dit account is beveiligd met tweestapsverificatie"), pageText());

        click("code:restart");

        assertEquals("", byId("login:username").getAttribute("value"));
    }
}
