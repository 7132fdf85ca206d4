package nl.leiden.healthysociety.it.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import jakarta.json.Json;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.BrowserTest;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.TestData;

/** Seeing the whole: the coverage matrix, the district map, the collaboration network and who is missing. */
class OverviewBrowserIT extends BrowserTest {

    @Test
    void matrixCountsCurrentInitiativesMarksEmptyCellsAndOpensTheFilteredList() {
        long theme = TestData.themeId("CULTUREEL_ERFGOED");
        long area = TestData.areaId("Stevenshofdistrict");
        login(DemoAccount.MEDEWERKER);
        open("intranet/overzicht");
        long before = cellCount("Cultureel erfgoed", "Stevenshofdistrict");

        String title = TestData.uniqueName("Erfgoed in de Stevenshof");
        TestData.initiative(api(DemoAccount.BEHEERDER), TestData.initiativeJson(title, hsl())
                .add("themeIds", Json.createArrayBuilder().add(theme))
                .add("areaIds", Json.createArrayBuilder().add(area))
                .build());
        TestData.initiative(api(DemoAccount.BEHEERDER), TestData.initiativeJson(title + " (afgerond)", hsl())
                .add("status", "AFGEROND")
                .add("themeIds", Json.createArrayBuilder().add(theme))
                .add("areaIds", Json.createArrayBuilder().add(area))
                .build());
        open("intranet/overzicht");

        assertEquals(before + 1, cellCount("Cultureel erfgoed", "Stevenshofdistrict"), "finished work does not count");
        for (WebElement cell : browser().findElements(By.cssSelector("#matrix tbody td"))) {
            boolean empty = "0".equals(cell.getText().strip());
            assertEquals(empty, cell.getAttribute("class").contains("cell-empty"), "empty cells stand out");
        }

        click(cellLink("Cultureel erfgoed", "Stevenshofdistrict"));
        assertEquals("Initiatieven", heading());
        assertTrue(byId("search:table").getText().contains(title), "the list is filtered on theme and area");
        assertEquals(before + 2, rows(), "the list shows every status");
    }

    @Test
    void districtMapCountsTheDistrictAndItsNeighbourhoods() {
        login(DemoAccount.PARTNER_GGD);
        open("intranet/overzicht");
        long before = tileCount("Leiden-Noord");

        TestData.initiative(api(DemoAccount.PARTNER_HSL),
                TestData.initiativeJson(TestData.uniqueName("Slaaghwijk in beweging"), hsl())
                        .add("areaIds", Json.createArrayBuilder().add(TestData.areaId("Slaaghwijk")))
                        .build());
        open("intranet/overzicht");

        assertEquals(before + 1, tileCount("Leiden-Noord"));
    }

    @Test
    void networkLinksOrganisationsThatShareInitiativesAndNamesTheIsolatedOnes() {
        Api beheerder = api(DemoAccount.BEHEERDER);
        long a = TestData.organisation(beheerder, TestData.uniqueName("Buurtkracht")).getJsonNumber("id").longValue();
        long b = TestData.organisation(beheerder, TestData.uniqueName("Wijkvitaal")).getJsonNumber("id").longValue();
        String loner = TestData.uniqueName("Eenling");
        TestData.organisation(beheerder, loner);
        for (int i = 0; i < 2; i++) {
            TestData.initiative(beheerder, TestData.initiativeJson(TestData.uniqueName("Samen"), a)
                    .add("partnerIds", Json.createArrayBuilder().add(b))
                    .build());
        }
        login(DemoAccount.MEDEWERKER);

        open("intranet/netwerk");

        String isolated = byId("isolated").getText();
        assertTrue(isolated.contains(loner), isolated);
        assertFalse(browser().findElements(By.cssSelector("#strongest li")).isEmpty(), "strongest ties are named");
        List<WebElement> ties = browser().findElements(By.cssSelector("#network line"));
        assertFalse(ties.isEmpty(), "the drawing has ties");
    }

    @Test
    void detailPageNamesOrganisationsOnTheSameThemeAndAreaThatAreNotInvolved() {
        Api beheerder = api(DemoAccount.BEHEERDER);
        String outsider = TestData.uniqueName("Sportclub Noord");
        long outsiderId = TestData.organisation(beheerder, outsider).getJsonNumber("id").longValue();
        long theme = TestData.themeId("GEZONDHEID_WELZIJN");
        long slaaghwijk = TestData.areaId("Slaaghwijk");
        long id = TestData.initiative(beheerder, TestData.initiativeJson(TestData.uniqueName("Gezond Noord"), hsl())
                .add("themeIds", Json.createArrayBuilder().add(theme))
                .add("areaIds", Json.createArrayBuilder().add(slaaghwijk))
                .build()).getJsonNumber("id").longValue();
        // Three initiatives, so the outsider ranks among the most active (the list shows the top ten).
        for (int i = 0; i < 3; i++) {
            TestData.initiative(beheerder, TestData.initiativeJson(TestData.uniqueName("Sport in de wijk"), outsiderId)
                    .add("themeIds", Json.createArrayBuilder().add(theme))
                    .add("areaIds", Json.createArrayBuilder().add(TestData.areaId("Leiden-Noord")))
                    .build());
        }
        login(DemoAccount.MEDEWERKER);

        open("intranet/initiatief?id=" + id);

        String missing = byId("missing").getText();
        assertTrue(missing.contains(outsider + " (3 initiatieven)"), "active in the surrounding district: " + missing);
        assertFalse(missing.contains("Hogeschool Leiden"), "the lead itself is not missing");
    }

    private static long hsl() {
        return TestData.organisationId("Hogeschool Leiden");
    }

    private long cellCount(String row, String area) {
        return Long.parseLong(browser().findElement(cellLink(row, area)).getText().strip());
    }

    private By cellLink(String row, String area) {
        return By.cssSelector("#matrix a[aria-label='" + row + ", " + area + ": "
                + browser().findElement(By.xpath("//table[@id='matrix']//a[starts-with(@aria-label, '" + row + ", "
                        + area + ": ')]")).getAttribute("aria-label").substring((row + ", " + area + ": ").length())
                + "']");
    }

    private long tileCount(String district) {
        String label = browser().findElement(By.xpath("//*[@id='district-map']//*[local-name()='a'][starts-with("
                + "@aria-label, '" + district + ": ')]")).getAttribute("aria-label");
        return Long.parseLong(label.substring(label.indexOf(": ") + 2));
    }

    private long rows() {
        return browser().findElements(By.cssSelector("#search\\:table tbody tr[data-ri]")).size();
    }
}
