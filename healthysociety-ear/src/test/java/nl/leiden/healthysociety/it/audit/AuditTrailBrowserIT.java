package nl.leiden.healthysociety.it.audit;

import static nl.leiden.healthysociety.it.support.TestData.organisationId;
import static nl.leiden.healthysociety.it.support.TestData.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import jakarta.json.JsonObject;
import nl.leiden.healthysociety.it.support.BrowserTest;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.TestData;

/** The history of an initiative on its page: folded away, opened with the keyboard, in Dutch. */
class AuditTrailBrowserIT extends BrowserTest {

    @Test
    void theInitiativePageShowsItsHistory() {
        long ggd = organisationId("GGD Hollands Midden");
        String title = uniqueName("Samen koken");
        JsonObject created = TestData.initiative(api(DemoAccount.PARTNER_GGD), TestData.initiativeJson(title, ggd)
                .build());
        long id = created.getJsonNumber("id").longValue();
        assertEquals(200, api(DemoAccount.MEDEWERKER).put("api/intranet/initiatives/" + id, TestData
                .initiativeJson(title + " in de wijk", ggd)
                .add("version", created.getJsonNumber("version"))
                .build()).status());

        login(DemoAccount.MEDEWERKER);
        open("intranet/initiatief?id=" + id);
        WebElement history = find(By.id("history"));
        assertFalse(history.getAttribute("open") != null, "folded away at first");
        find(By.cssSelector("#history summary")).sendKeys(Keys.ENTER);
        pageChanged();

        String text = history.getText();
        assertTrue(text.contains("Geschiedenis (2 gebeurtenissen)"), text);
        assertTrue(text.contains("Medewerker Gemeente Leiden"), text);
        assertTrue(text.contains("Gewijzigd"), text);
        assertTrue(text.contains("Titel: " + title + " → " + title + " in de wijk"), text);
        assertTrue(text.contains("Aangemaakt"), text);
    }
}
