package nl.leiden.healthysociety.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;

import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.BrowserTest;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.TestData;

/**
 * What a resident's browser makes of a meeting whose texts are scripts: it shows them as text, and the page holds no
 * element they would have planted, so nothing runs. (The Content-Security-Policy would stop inline script as well;
 * counting planted elements checks the escaping itself.)
 */
class StoredXssBrowserIT extends BrowserTest {

    @Test
    void aMeetingsScriptsShowAsTextOnThePublicPagesAndNeverRun() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        String title = XssPayload.of("browser-title");
        String description = XssPayload.of("browser-desc");
        long meeting = TestData.meeting(medewerker, TestData.meetingJson(title,
                LocalDateTime.now().plusDays(9).withNano(0), 20, TestData.organisationId("Gemeente Leiden"))
                .add("description", description)
                .build());
        assertEquals(200, medewerker.post("api/intranet/meetings/" + meeting + "/publish", null).status());

        open("bijeenkomst?id=" + meeting);
        assertEquals(title, heading());
        assertEquals(description, find(By.cssSelector("p.description")).getText());
        assertNothingPlanted();
        assertAccessible();

        open("activiteiten");
        assertTrue(pageText().contains(title), pageText());
        assertNothingPlanted();
    }

    private void assertNothingPlanted() {
        Object planted = ((JavascriptExecutor) browser()).executeScript(
                "return document.querySelectorAll('img[src=\"x\"], img[onerror]').length"
                        + " + Array.from(document.scripts).filter(s => s.text.includes('xss-browser')).length");
        assertEquals(0L, planted, "elements planted by a payload");
        assertThrows(NoAlertPresentException.class, () -> browser().switchTo().alert());
    }
}
