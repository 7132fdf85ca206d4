package nl.leiden.healthysociety.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/** Festival editions, rooms, slots and proposals for the tests, made through the API. */
public final class FestivalData {

    private FestivalData() {
    }

    /** A new edition on 2 and 3 October of a year no other test uses, whose call for sessions is open now. */
    public static long openEdition(Api medewerker) {
        long year = TestDatabase.number("select coalesce(max(festival_year), 2029) + 1 from festival_edition");
        LocalDateTime now = LocalDateTime.now().withNano(0);
        LocalDate first = LocalDate.of((int) year, 10, 2);
        return created(medewerker.post("api/intranet/festival/editions", Json.createObjectBuilder()
                .add("year", year)
                .add("theme", TestData.uniqueName("Thema"))
                .add("firstDay", first.toString())
                .add("lastDay", first.plusDays(1).toString())
                .add("callOpensAt", now.minusDays(10).toString())
                .add("callClosesAt", now.plusDays(10).toString())
                .build()));
    }

    public static LocalDate firstDay(Api caller, long edition) {
        return LocalDate.parse(caller.get("api/intranet/festival/editions/" + edition).json().getString("firstDay"));
    }

    public static long venue(Api medewerker, long edition, String name) {
        return created(medewerker.post("api/intranet/festival/editions/" + edition + "/venues",
                Json.createObjectBuilder().add("name", name).build()));
    }

    public static long room(Api medewerker, long venue, String name, int capacity) {
        return created(medewerker.post("api/intranet/festival/venues/" + venue + "/rooms",
                Json.createObjectBuilder().add("name", name).add("capacity", capacity).build()));
    }

    /** A slot on the given day, "HH:mm" to "HH:mm". */
    public static long slot(Api medewerker, long edition, LocalDate day, String from, String to) {
        return created(medewerker.post("api/intranet/festival/editions/" + edition + "/slots",
                Json.createObjectBuilder()
                        .add("day", day.toString())
                        .add("startsAt", from + ":00")
                        .add("endsAt", to + ":00")
                        .build()));
    }

    /** A workshop proposal for 30 people, 60 minutes, by these speakers. */
    public static JsonObjectBuilder proposal(String title, String organisation, String contactEmail,
            String... speakers) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        for (String speaker : speakers.length == 0 ? new String[]{"Anna de Wit"} : speakers) {
            names.add(Json.createObjectBuilder().add("name", speaker).add("bio", "Spreker"));
        }
        return Json.createObjectBuilder()
                .add("organisationId", TestData.organisationId(organisation))
                .add("title", title)
                .add("summary", "Een sessie over " + title)
                .add("format", "WORKSHOP")
                .add("expectedParticipants", 30)
                .add("durationMinutes", 60)
                .add("speakers", names)
                .add("contactName", "Anna de Wit")
                .add("contactEmail", contactEmail);
    }

    public static long submit(Api partner, long edition, JsonObjectBuilder proposal) {
        return created(partner.post("api/intranet/festival/editions/" + edition + "/proposals", proposal.build()));
    }

    public static void accept(Api medewerker, long proposal) {
        Api.Response decided = medewerker.post("api/intranet/festival/proposals/" + proposal + "/decision",
                Json.createObjectBuilder().add("decision", "GEACCEPTEERD").build());
        assertEquals(204, decided.status(), decided::toString);
    }

    public static Api.Response place(Api caller, long proposal, Long room, Long slot) {
        JsonObjectBuilder placement = Json.createObjectBuilder();
        if (room != null) {
            placement.add("roomId", room).add("slotId", slot);
        }
        return caller.put("api/intranet/festival/proposals/" + proposal + "/placement", placement.build());
    }

    private static long created(Api.Response response) {
        assertEquals(201, response.status(), response::toString);
        return response.json().getJsonNumber("id").longValue();
    }
}
