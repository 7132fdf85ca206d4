package nl.leiden.healthysociety.it.meeting;

import static nl.leiden.healthysociety.it.support.TestData.meeting;
import static nl.leiden.healthysociety.it.support.TestData.meetingJson;
import static nl.leiden.healthysociety.it.support.TestData.organisationId;
import static nl.leiden.healthysociety.it.support.TestData.publishedMeeting;
import static nl.leiden.healthysociety.it.support.TestData.register;
import static nl.leiden.healthysociety.it.support.TestData.registrationJson;
import static nl.leiden.healthysociety.it.support.TestData.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestDatabase;
import nl.leiden.healthysociety.it.support.TestMail;

/**
 * The calendar in iCalendar (RFC 5545): the feed of all meetings, one meeting's .ics, and the attachment of the
 * confirmation mail, each parsed and validated by iCal4j, an independent implementation.
 */
class CalendarApiIT extends ServerTest {

    @Test
    void theFeedIsValidICalendarWithEveryPublishedMeetingAndNoConcepts() throws Exception {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        String title = uniqueName("Kenniscafé: eten, drinken; bewegen \\ en één lange titel over gezondheid in Leiden");
        long published = meeting(medewerker, meetingJson(title, LocalDateTime.now().plusDays(12).withNano(0), 20,
                organisationId("Gemeente Leiden"))
                .add("description", "Regel één.\nRegel twee, met een komma; en een puntkomma. ".repeat(8))
                .build());
        medewerker.post("api/intranet/meetings/" + published + "/publish", null);
        long cancelled = publishedMeeting(medewerker, uniqueName("Geannuleerd kenniscafé"), 20);
        medewerker.post("api/intranet/meetings/" + cancelled + "/cancel", null);
        long concept = meeting(medewerker, meetingJson(uniqueName("Concept"), LocalDateTime.now().plusDays(12), 20,
                organisationId("Gemeente Leiden")).build());

        HttpResponse<byte[]> feed = anonymous().download("api/meetings/agenda.ics");

        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        String text = new String(feed.body(), StandardCharsets.UTF_8);
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "line longer than 75 octets: " + line);
        }
        Calendar calendar = parseAndValidate(text);
        VEvent event = event(calendar, published);
        assertEquals(title, value(event, Property.SUMMARY));
        assertTrue(value(event, Property.DESCRIPTION).contains("Regel twee, met een komma; en een puntkomma."));
        assertEquals("CONFIRMED", value(event, Property.STATUS));
        assertEquals("CANCELLED", value(event(calendar, cancelled), Property.STATUS));
        assertFalse(text.contains("bijeenkomst-" + concept + "@"), "a concept is not in the public feed");
    }

    @Test
    void oneMeetingAndTheConfirmationAttachmentAreValidICalendar() throws Exception {
        long meetingId = publishedMeeting(api(DemoAccount.MEDEWERKER), uniqueName("Kenniscafé agenda"), 20);

        HttpResponse<byte[]> ics = anonymous().download("api/meetings/" + meetingId + ".ics");
        String email = TestMail.address("Agenda");
        register(anonymous(), meetingId, registrationJson("Agenda", email).build());
        String attachment = TestMail.attachment(TestMail.await(email, "Aanmelding bevestigd"), "text/calendar");

        assertEquals(200, ics.statusCode());
        assertNotNull(event(parseAndValidate(new String(ics.body(), StandardCharsets.UTF_8)), meetingId));
        assertNotNull(attachment, "the confirmation carries the meeting for the calendar");
        assertNotNull(event(parseAndValidate(attachment), meetingId));
    }

    @Test
    void theDemoCalendarHasTheKenniscafesAndTheBeleidslabsFromTheSeeds() {
        String calendar = anonymous().get("api/meetings").body();
        assertTrue(calendar.contains("Kenniscafé: voeding bij peuters"), calendar);
        assertTrue(calendar.contains("Kenniscafé: bewegen bij ouderen"), calendar);

        JsonObject firstLab = api(DemoAccount.MEDEWERKER).get("api/intranet/meetings/"
                + TestDatabase.number("select id from meeting where title = 'Beleidslab: Gezondheid in de binnenstad'"))
                .json();
        assertEquals("BELEIDSLAB", firstLab.getString("type"));
        assertEquals("2025-09-09T13:30:00", firstLab.getString("startsAt"));
        assertEquals(List.of("Ontmoeting", "Mobiliteit", "Groen"), firstLab.getJsonArray("themeGroups")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(group -> group.getString("name"))
                .toList());
        assertEquals(1, TestDatabase.number("select count(*) from meeting where title like 'Tweede Beleidslab%'"
                + " and cast(starts_at as date) = date '2025-11-18'"));
    }

    private static Calendar parseAndValidate(String text) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        ValidationResult result = calendar.validate();
        assertFalse(result.hasErrors(), result::toString);
        return calendar;
    }

    private static VEvent event(Calendar calendar, long meetingId) {
        List<VEvent> events = calendar.getComponents()
                .stream()
                .filter(VEvent.class::isInstance)
                .map(VEvent.class::cast)
                .filter(event -> value(event, Property.UID).equals("bijeenkomst-" + meetingId
                        + "@healthysociety.leiden.nl"))
                .toList();
        assertEquals(1, events.size(), "events for meeting " + meetingId);
        return events.get(0);
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse("");
    }
}
