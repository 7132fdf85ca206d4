package nl.leiden.healthysociety.it.accord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Year;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestData;
import nl.leiden.healthysociety.it.support.TestDatabase;

/** The prevention accord through the REST API: statuses, validation of measurements, differences, who may write. */
class AccordApiIT extends ServerTest {

    private static final String ACCORD = "Leiden Gezond en Vitaal";

    @Test
    void statusFollowsTheLineFromBaselineToTargetInTheIndicatorsDirection() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        // Smoking: 20 % in 2020, target 10 % in 2030, so the line gives 17 % in 2023.
        long smoking = indicator(medewerker, "ROOKVRIJ", "LOWER_IS_BETTER", "PERCENTAGE", "STAD");
        long sport = indicator(medewerker, "GEZOND_GEWICHT", "HIGHER_IS_BETTER", "PERCENTAGE", "STAD");
        long empty = indicator(medewerker, "MENTAAL_GEZOND", "LOWER_IS_BETTER", "PERCENTAGE", "STAD");

        assertEquals(201, measure(medewerker, smoking, 2023, "Leiden", "16.5").status());
        // The same line and value are behind when higher is better: 16.5 is below the 17 the line gives.
        assertEquals(201, measure(medewerker, sport, 2023, "Leiden", "16.5").status());

        assertEquals("OP_KOERS", status(medewerker, smoking));
        assertEquals("ACHTER", status(medewerker, sport));
        assertEquals("GEEN_DATA", status(medewerker, empty));

        JsonObject details = medewerker.get("api/intranet/indicators/" + smoking).json();
        assertEquals(17.0, details.getJsonObject("progress").getJsonNumber("expectedValue").doubleValue(), 1e-9);
    }

    @Test
    void measurementsAreCheckedAndNothingIsStoredOnRejection() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long id = indicator(medewerker, "ROOKVRIJ", "LOWER_IS_BETTER", "PERCENTAGE", "STAD", "DISTRICT");
        int nextYear = Year.now().getValue() + 1;

        Api.Response percentage = measure(medewerker, id, 2022, "Leiden", "120");
        assertEquals(400, percentage.status(), percentage::toString);
        assertEquals("Een percentage ligt tussen 0 en 100.", percentage.fieldErrors().get("value"));

        Api.Response future = measure(medewerker, id, nextYear, "Leiden", "12");
        assertEquals("Kies een jaar van 1990 tot en met " + (nextYear - 1) + ".", future.fieldErrors().get("period"));

        Api.Response unknownArea = medewerker.post("api/intranet/measurements",
                measurement(id, 2022, 999_999, "12").build());
        assertEquals("Dit gebied kennen we niet. Kies een gebied uit de lijst.",
                unknownArea.fieldErrors().get("areaId"));

        Api.Response wrongLevel = measure(medewerker, id, 2022, "Slaaghwijk", "12");
        assertEquals("Deze indicator wordt niet op het niveau van dit gebied gemeten.",
                wrongLevel.fieldErrors().get("areaId"));

        assertEquals(0, TestDatabase.number("select count(*) from measurement where indicator_id = ?", id));
    }

    @Test
    void aSecondValueForTheSamePeriodAndAreaIsOnlyStoredWhenReplacing() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long id = indicator(medewerker, "ROOKVRIJ", "LOWER_IS_BETTER", "PERCENTAGE", "STAD", "DISTRICT");
        assertEquals(201, measure(medewerker, id, 2021, "Morsdistrict", "18.4").status());

        Api.Response again = measure(medewerker, id, 2021, "Morsdistrict", "19");
        assertEquals(409, again.status(), again::toString);
        assertTrue(
                again.json().getString("detail")
                        .startsWith("Voor 2021 in Morsdistrict is al een waarde ingevuld (18,4)"),
                again::toString);
        assertEquals("18.400", value(id));

        Api.Response replaced = medewerker.post("api/intranet/measurements?replace=true",
                measurement(id, 2021, TestData.areaId("Morsdistrict"), "19").build());
        assertEquals(200, replaced.status(), replaced::toString);
        assertEquals("19.000", value(id));
        assertEquals(1, TestDatabase.number("select count(*) from measurement where indicator_id = ?", id));
    }

    @Test
    void healthDifferencesAreTheGapBetweenTheBestAndWorstDistrict() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long id = indicator(medewerker, "ROOKVRIJ", "LOWER_IS_BETTER", "PERCENTAGE", "DISTRICT");
        // 2019: Noord 30, Mors 22, Stevenshof 12 (gap 18); 2023: Noord 21, Mors 24, Stevenshof 14 (gap 10).
        for (Object[] row : List.of(new Object[]{2019, "Leiden-Noord", "30"}, new Object[]{2019, "Morsdistrict", "22"},
                new Object[]{2019, "Stevenshofdistrict", "12"}, new Object[]{2023, "Leiden-Noord", "21"},
                new Object[]{2023, "Morsdistrict", "24"}, new Object[]{2023, "Stevenshofdistrict", "14"})) {
            assertEquals(201, measure(medewerker, id, (Integer) row[0], (String) row[1], (String) row[2]).status());
        }

        JsonObject differences = medewerker.get("api/intranet/indicators/" + id)
                .json()
                .getJsonObject("districtDifferences");

        assertEquals("KLEINER", differences.getString("trend"));
        JsonObject latest = differences.getJsonArray("gaps").getJsonObject(1);
        assertEquals(10.0, latest.getJsonNumber("gap").doubleValue(), 1e-9);
        assertEquals("Stevenshofdistrict", latest.getJsonObject("best").getString("areaName"));
        assertEquals("Morsdistrict", latest.getJsonObject("worst").getString("areaName"));
    }

    @Test
    void partnersReadTheAccordButChangeNothing() {
        Api partner = api(DemoAccount.PARTNER_GGD);
        long accord = accordId();
        long ambition = ambitionId("ROOKVRIJ");
        long indicator = indicator(api(DemoAccount.MEDEWERKER), "ROOKVRIJ", "LOWER_IS_BETTER", "PERCENTAGE", "STAD");
        long measurements = TestDatabase.number("select count(*) from measurement");
        long indicators = TestDatabase.number("select count(*) from indicator");

        assertEquals(200, partner.get("api/intranet/accords/" + accord).status());
        assertEquals(200, partner.get("api/intranet/indicators/" + indicator).status());

        assertEquals(403, measure(partner, indicator, 2022, "Leiden", "10").status());
        assertEquals(403, partner.post("api/intranet/indicators", indicatorJson(ambition, "LOWER_IS_BETTER",
                "PERCENTAGE", "STAD").build()).status());
        assertEquals(403, partner.put("api/intranet/indicators/" + indicator + "?version=0",
                indicatorJson(ambition, "HIGHER_IS_BETTER", "PERCENTAGE", "STAD").build()).status());
        assertEquals(403, partner.put("api/intranet/accords/" + accord + "/ambitions/" + ambition + "/report-text",
                Json.createObjectBuilder().add("version", 0).add("text", "Van een partner").build()).status());
        assertEquals(403, partner.post("api/intranet/accords", Json.createObjectBuilder()
                .add("name", TestData.uniqueName("Akkoord"))
                .add("startYear", 2024)
                .add("endYear", 2027)
                .build()).status());

        assertEquals(measurements, TestDatabase.number("select count(*) from measurement"));
        assertEquals(indicators, TestDatabase.number("select count(*) from indicator"));
        assertEquals("LOWER_IS_BETTER", TestDatabase.text("select direction from indicator where id = ?", indicator));
        assertEquals(0,
                TestDatabase.number("select count(*) from accord_ambition where report_text = 'Van een partner'"));
    }

    @Test
    void aSuccessorAccordCarriesAmbitionsOverWithTheirIndicators() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long predecessor = accordId();
        long smoking = ambitionId("ROOKVRIJ");
        long weight = ambitionId("GEZOND_GEWICHT");
        String name = TestData.uniqueName("Leiden Gezond en Vitaal");

        Api.Response created = medewerker.post("api/intranet/accords", Json.createObjectBuilder()
                .add("name", name)
                .add("startYear", 2024)
                .add("endYear", 2027)
                .add("predecessorId", predecessor)
                .add("carriedAmbitionIds", Json.createArrayBuilder().add(smoking).add(weight))
                .build());
        assertEquals(201, created.status(), created::toString);

        JsonObject dashboard = medewerker.get("api/intranet/accords/" + created.json().getInt("id")).json();
        assertEquals(List.of("Leidse jeugd groeit rookvrij op", "Inwoners van Leiden hebben een gezond gewicht"),
                dashboard.getJsonArray("ambitions")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(a -> a.getString("name"))
                        .toList());
        assertTrue(dashboard.getJsonArray("ambitions").getJsonObject(0).getJsonArray("indicators").size() > 0,
                "the ambition keeps its indicators");

        Api.Response notInPredecessor = medewerker.post("api/intranet/accords", Json.createObjectBuilder()
                .add("name", TestData.uniqueName("Los akkoord"))
                .add("startYear", 2024)
                .add("endYear", 2023)
                .add("carriedAmbitionIds", Json.createArrayBuilder().add(smoking))
                .build());
        assertEquals(400, notInPredecessor.status());
        assertEquals("U kunt alleen ambities overnemen uit het vorige akkoord.",
                notInPredecessor.fieldErrors().get("carriedAmbitionIds"));
        assertEquals("Het eindjaar ligt voor het beginjaar.", notInPredecessor.fieldErrors().get("endYear"));
    }

    @Test
    void theProgressReportOpensAsPdfWithTheAmbitionsAndTheirTexts() throws IOException {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long accord = accordId();
        long ambition = ambitionId("MENTAAL_GEZOND");
        long version = TestDatabase.number(
                "select version from accord_ambition where accord_id = ? and ambition_id = ?",
                accord, ambition);
        String text = TestData.uniqueName("Eenzaamheid daalt langzaam");
        Api.Response written = medewerker.put("api/intranet/accords/" + accord + "/ambitions/" + ambition
                + "/report-text", Json.createObjectBuilder().add("version", version).add("text", text).build());
        assertEquals(204, written.status(), written::toString);

        HttpResponse<byte[]> response = api(DemoAccount.PARTNER_GGD)
                .download("api/intranet/accords/" + accord + "/report.pdf");

        assertEquals(200, response.statusCode());
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String content = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String title : List.of("Partners werken samen en betrekken inwoners",
                    "Inwoners van Leiden hebben een gezond gewicht", "Leidse jeugd groeit rookvrij op",
                    "Inwoners van Leiden zijn mentaal gezond")) {
                assertTrue(content.contains(title), title + " in " + content);
            }
            assertTrue(content.contains(text), content);
            assertTrue(content.contains("Voortgangsrapportage preventieakkoord Leiden Gezond en Vitaal 2021-2023"),
                    content);
        }
    }

    private static long accordId() {
        return TestDatabase.number("select id from prevention_accord where name = ?", ACCORD);
    }

    static long ambitionId(String code) {
        return TestDatabase.number("select id from ambition where code = ?", code);
    }

    private static String value(long indicatorId) {
        return TestDatabase.text("select cast(measured as varchar) from measurement where indicator_id = ?",
                indicatorId);
    }

    /** An indicator with baseline 20 in 2020 and target 10 in 2030, measured at these levels. */
    static long indicator(Api caller, String ambition, String direction, String unit, String... levels) {
        Api.Response response = caller.post("api/intranet/indicators",
                indicatorJson(ambitionId(ambition), direction, unit, levels).build());
        assertEquals(201, response.status(), response::toString);
        return response.json().getJsonNumber("id").longValue();
    }

    static jakarta.json.JsonObjectBuilder indicatorJson(long ambitionId, String direction, String unit,
            String... levels) {
        var levelArray = Json.createArrayBuilder();
        for (String level : levels) {
            levelArray.add(level);
        }
        return Json.createObjectBuilder()
                .add("ambitionId", ambitionId)
                .add("name", TestData.uniqueName("Indicator"))
                .add("unit", unit)
                .add("direction", direction)
                .add("baselineYear", 2020)
                .add("baselineValue", 20)
                .add("targetYear", 2030)
                .add("targetValue", 10)
                .add("source", "GGD Gezondheidsmonitor Jeugd")
                .add("areaLevels", levelArray);
    }

    static Api.Response measure(Api caller, long indicatorId, int period, String area, String value) {
        return caller.post("api/intranet/measurements",
                measurement(indicatorId, period, TestData.areaId(area), value).build());
    }

    private static jakarta.json.JsonObjectBuilder measurement(long indicatorId, int period, long areaId,
            String value) {
        return Json.createObjectBuilder()
                .add("indicatorId", indicatorId)
                .add("period", period)
                .add("areaId", areaId)
                .add("value", new java.math.BigDecimal(value));
    }

    private static String status(Api caller, long indicatorId) {
        return caller.get("api/intranet/indicators/" + indicatorId)
                .json()
                .getJsonObject("progress")
                .getString("status");
    }
}
