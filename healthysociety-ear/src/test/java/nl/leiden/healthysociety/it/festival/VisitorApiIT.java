package nl.leiden.healthysociety.it.festival;

import static nl.leiden.healthysociety.it.support.FestivalData.accept;
import static nl.leiden.healthysociety.it.support.FestivalData.firstDay;
import static nl.leiden.healthysociety.it.support.FestivalData.openEdition;
import static nl.leiden.healthysociety.it.support.FestivalData.place;
import static nl.leiden.healthysociety.it.support.FestivalData.proposal;
import static nl.leiden.healthysociety.it.support.FestivalData.room;
import static nl.leiden.healthysociety.it.support.FestivalData.slot;
import static nl.leiden.healthysociety.it.support.FestivalData.submit;
import static nl.leiden.healthysociety.it.support.FestivalData.venue;
import static nl.leiden.healthysociety.it.support.TestData.register;
import static nl.leiden.healthysociety.it.support.TestData.registrationJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestDatabase;
import nl.leiden.healthysociety.it.support.TestMail;

/**
 * The festival for visitors: the public programme once published, registering per session, the personal
 * programme through the e-mailed code, and both as valid iCalendar.
 */
class VisitorApiIT extends ServerTest {

    @Test
    void theProgrammeIsPublicOnlyOncePublishedAndAVisitorFollowsTheirOwnProgramme() throws Exception {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        Api ggd = api(DemoAccount.PARTNER_GGD);
        long edition = openEdition(medewerker);
        int year = (int) TestDatabase.number("select festival_year from festival_edition where id = ?", edition);
        long room = room(medewerker, venue(medewerker, edition, "Pieterskerk"), "Kerkzaal", 100);
        LocalDate day = firstDay(medewerker, edition);
        long morning = slot(medewerker, edition, day, "10:00", "11:00");
        long afternoon = slot(medewerker, edition, day, "14:00", "15:00");
        long first = submit(ggd, edition, proposal("Ochtendsessie", "GGD Hollands Midden", TestMail.address("GGD"),
                "Spreker Acht"));
        long second = submit(ggd, edition, proposal("Middagsessie", "GGD Hollands Midden", TestMail.address("GGD"),
                "Spreker Negen"));
        accept(medewerker, first);
        accept(medewerker, second);
        place(medewerker, first, room, morning);
        place(medewerker, second, room, afternoon);

        assertEquals(404, anonymous().get("api/festival/" + year).status(), "not public before publishing");
        JsonObject published = medewerker.post("api/intranet/festival/editions/" + edition + "/publish", null).json();

        JsonObject programme = anonymous().get("api/festival/" + year).json();
        JsonArray sessions = programme.getJsonArray("days").getJsonObject(0).getJsonArray("sessions");
        assertEquals(List.of("Ochtendsessie", "Middagsessie"), sessions.stream()
                .map(JsonValue::asJsonObject)
                .map(session -> session.getString("title"))
                .toList());
        assertEquals("Pieterskerk, Kerkzaal", sessions.getJsonObject(0).getString("room"));
        assertEquals(100, sessions.getJsonObject(0).getInt("seatsLeft"));
        assertValid(new String(anonymous().download("api/festival/" + year + "/programma.ics").body(),
                StandardCharsets.UTF_8), 2);

        String visitor = TestMail.address("Festivalbezoeker");
        long firstMeeting = sessions.getJsonObject(0).getJsonNumber("meetingId").longValue();
        long secondMeeting = sessions.getJsonObject(1).getJsonNumber("meetingId").longValue();
        assertEquals(201, register(anonymous(), firstMeeting, registrationJson("Bezoeker", visitor).build()).status());
        assertEquals(201, register(anonymous(), secondMeeting, registrationJson("Bezoeker", visitor).build()).status());
        String code = TestMail.registrationCode(TestMail.await(visitor, "Ochtendsessie"));

        JsonArray mine = anonymous().get("api/festival/mijn-programma/" + code).array();
        assertEquals(2, mine.size());
        assertEquals("Ochtendsessie", mine.getJsonObject(0).getString("title"));
        assertValid(new String(anonymous().download("api/festival/mijn-programma/" + code + ".ics").body(),
                StandardCharsets.UTF_8), 2);
        assertEquals(99, anonymous().get("api/festival/" + year).json().getJsonArray("days").getJsonObject(0)
                .getJsonArray("sessions").getJsonObject(0).getInt("seatsLeft"));
        assertEquals(404, anonymous().get("api/festival/mijn-programma/onbekend").status());
        assertFalse(published.getJsonArray("placed").isEmpty());
    }

    @Test
    void afterwardsTheFiguresShowRegistrationsAndAttendancePerSessionThemeAndOrganisation() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long edition = openEdition(medewerker);
        long room = room(medewerker, venue(medewerker, edition, "Naturalis"), "Auditorium", 200);
        long slot = slot(medewerker, edition, firstDay(medewerker, edition), "10:00", "11:00");
        long session = submit(api(DemoAccount.PARTNER_HSL), edition, proposal("Cijfersessie", "Hogeschool Leiden",
                TestMail.address("HsL")));
        accept(medewerker, session);
        place(medewerker, session, room, slot);
        long meeting = medewerker.post("api/intranet/festival/editions/" + edition + "/publish", null).json()
                .getJsonArray("placed").getJsonObject(0).getJsonNumber("meetingId").longValue();
        register(anonymous(), meeting, registrationJson("Een", TestMail.address("Een")).build());
        register(anonymous(), meeting, registrationJson("Twee", TestMail.address("Twee")).build());
        long present = medewerker.get("api/intranet/meetings/" + meeting + "/registrations").array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        medewerker.put("api/intranet/meetings/" + meeting + "/registrations/" + present + "/attendance",
                Json.createObjectBuilder().add("attendance", "PRESENT").build());

        JsonObject figures = medewerker.get("api/intranet/festival/editions/" + edition + "/figures").json();

        JsonObject row = figures.getJsonArray("sessions").getJsonObject(0);
        assertEquals("Cijfersessie", row.getString("title"));
        assertEquals(2, row.getInt("confirmed"));
        assertEquals(1, row.getInt("present"));
        JsonObject organisation = figures.getJsonArray("byOrganisation").getJsonObject(0);
        assertEquals("Hogeschool Leiden", organisation.getString("name"));
        assertEquals(1, organisation.getInt("sessions"));
        assertEquals(2, organisation.getInt("confirmed"));
        var xlsx = medewerker.download("api/intranet/festival/editions/" + edition + "/figures.xlsx");
        var pdf = medewerker.download("api/intranet/festival/editions/" + edition + "/figures.pdf");
        assertEquals(200, xlsx.statusCode());
        assertEquals("PK", new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII), "an xlsx is a zip file");
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        assertEquals(403, api(DemoAccount.PARTNER_HSL).get("api/intranet/festival/editions/" + edition + "/figures")
                .status());
    }

    @Test
    void theDemoFestival2026HasADozenProposalsFromPartnersAndAPublishedProgramme() {
        assertEquals(12, TestDatabase.number("select count(*) from session_proposal p join festival_edition e"
                + " on e.id = p.edition_id where e.festival_year = 2026"));
        JsonObject programme = anonymous().get("api/festival/2026").json();
        long sessions = programme.getJsonArray("days")
                .stream()
                .mapToLong(day -> day.asJsonObject().getJsonArray("sessions").size())
                .sum();
        assertEquals(9, sessions, "the accepted sessions");
        assertTrue(programme.toString().contains("Wat vertelt de Gezondheidsmonitor over Leiden?"));
    }

    private static void assertValid(String text, int events) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        ValidationResult result = calendar.validate();
        assertFalse(result.hasErrors(), result::toString);
        assertEquals(events, calendar.getComponents().stream().filter(VEvent.class::isInstance).count());
        assertTrue(text.contains("@healthysociety.leiden.nl"));
    }
}
