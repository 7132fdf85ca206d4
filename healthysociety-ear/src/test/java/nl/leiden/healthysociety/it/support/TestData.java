package nl.leiden.healthysociety.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Creates the data a test needs through the API, with names no other test uses. */
public final class TestData {

    private TestData() {
    }

    /** A name that is unique for this test run, readable in a failure message. */
    public static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static JsonObjectBuilder organisationJson(String name) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("type", "WELZIJN")
                .add("corePartner", false)
                .add("website", "https://example.org/" + name.hashCode())
                .add("contactEmail", "info@example.org");
    }

    /** The id of a demo organisation, by its exact name. */
    public static long organisationId(String name) {
        return TestDatabase.number("select id from organisation where name = ?", name);
    }

    /** The id of a theme by its code, such as GEZONDHEID_WELZIJN. */
    public static long themeId(String code) {
        return TestDatabase.number("select id from theme where code = ?", code);
    }

    /** The id of an area by its name, such as Stevenshofdistrict. */
    public static long areaId(String name) {
        return TestDatabase.number("select id from area where name = ?", name);
    }

    /** A minimal valid initiative led by these organisations. */
    public static JsonObjectBuilder initiativeJson(String title, long... leadIds) {
        JsonArrayBuilder leads = Json.createArrayBuilder();
        for (long id : leadIds) {
            leads.add(id);
        }
        return Json.createObjectBuilder()
                .add("title", title)
                .add("description", "Een initiatief voor de test: " + title)
                .add("status", "LOPEND")
                .add("leadIds", leads);
    }

    /** Creates an initiative through the intranet API and returns it as the API shows it. */
    public static JsonObject initiative(Api caller, JsonObject body) {
        Api.Response response = caller.post("api/intranet/initiatives", body);
        assertEquals(201, response.status(), response::toString);
        return response.json();
    }

    /** Creates an organisation as beheerder and returns it as the API shows it. */
    public static JsonObject organisation(Api beheerder, String name) {
        Api.Response response = beheerder.post("api/organisaties", organisationJson(name).build());
        assertEquals(201, response.status(), response::toString);
        return response.json();
    }

    /** A Kenniscafé in De StadsKamer starting at this local time, two hours long, organised by these organisations. */
    public static JsonObjectBuilder meetingJson(String title, LocalDateTime start, int capacity, long... organiserIds) {
        JsonArrayBuilder organisers = Json.createArrayBuilder();
        for (long id : organiserIds) {
            organisers.add(id);
        }
        return Json.createObjectBuilder()
                .add("type", "KENNISCAFE")
                .add("title", title)
                .add("topic", "Een onderwerp voor de test")
                .add("description", "Een bijeenkomst voor de test: " + title)
                .add("startsAt", start.toString())
                .add("endsAt", start.plusHours(2).toString())
                .add("location", "De StadsKamer")
                .add("capacity", capacity)
                .add("organiserIds", organisers);
    }

    /** Creates a meeting as this account and returns its id. */
    public static long meeting(Api caller, JsonObject body) {
        Api.Response response = caller.post("api/intranet/meetings", body);
        assertEquals(201, response.status(), response::toString);
        return response.json().getJsonNumber("id").longValue();
    }

    /** A published meeting a week from now, organised by Gemeente Leiden; created by the medewerker. */
    public static long publishedMeeting(Api medewerker, String title, int capacity) {
        long id = meeting(medewerker, meetingJson(title, LocalDateTime.now().plusDays(7).withNano(0), capacity,
                organisationId("Gemeente Leiden")).build());
        Api.Response published = medewerker.post("api/intranet/meetings/" + id + "/publish", null);
        assertEquals(200, published.status(), published::toString);
        return id;
    }

    /** What a resident fills in on the registration form, with consent. */
    public static JsonObjectBuilder registrationJson(String name, String email) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("email", email)
                .add("kind", "INWONER")
                .add("consent", true);
    }

    /** Registers without an account and returns the response. */
    public static Api.Response register(Api anonymous, long meetingId, JsonObject body) {
        return anonymous.post("api/meetings/" + meetingId + "/registrations", body);
    }

    /** A minimal valid question to the Meeting Point from this person, with consent. */
    public static JsonObjectBuilder questionJson(String name, String email) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("email", email)
                .add("kind", "INWONER")
                .add("text", "Waar kan ik terecht met vragen over eenzaamheid bij ouderen in mijn buurt?")
                .add("consent", true);
    }

    /** Asks a question and returns its id (taken from the reference number the answer gives). */
    public static long ask(Api caller, JsonObject body) {
        Api.Response response = caller.post(caller.isAnonymous() ? "api/questions" : "api/intranet/questions", body);
        assertEquals(201, response.status(), response::toString);
        return questionId(response.json().getString("reference"));
    }

    /**
     * Every question of the Meeting Point inbox the caller sees with this filter ("status=ALLE&..." or ""), read
     * page by page as a client must.
     */
    public static List<JsonObject> inbox(Api caller, String filter) {
        List<JsonObject> questions = new ArrayList<>();
        for (int first = 0;; first += 200) {
            Api.Response page = caller.get("api/intranet/questions?max=200&first=" + first
                    + (filter.isEmpty() ? "" : "&" + filter));
            assertEquals(200, page.status(), page::toString);
            List<JsonObject> items = page.json().getJsonArray("items").getValuesAs(JsonObject.class);
            questions.addAll(items);
            if (items.size() < 200) {
                return questions;
            }
        }
    }

    /** The id in a reference number such as MP-2026-0042. */
    public static long questionId(String reference) {
        return Long.parseLong(reference.substring(reference.lastIndexOf('-') + 1));
    }
}
