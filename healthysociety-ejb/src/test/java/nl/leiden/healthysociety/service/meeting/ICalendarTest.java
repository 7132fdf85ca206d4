package nl.leiden.healthysociety.service.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ICalendarTest {

    private static final Instant START = Instant.parse("2026-12-10T18:30:00Z");

    @Test
    void textValuesAreEscaped() {
        assertEquals("a\\, b\\; c\\\\ d\\ne", ICalendar.text("a, b; c\\ d\r\ne"));
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        StringBuilder out = new StringBuilder();
        ICalendar.line(out, "DESCRIPTION:" + "één gezonde stad ".repeat(20));

        String[] lines = out.toString().split("\r\n");
        assertTrue(lines.length > 3);
        for (int i = 0; i < lines.length; i++) {
            assertTrue(lines[i].getBytes(StandardCharsets.UTF_8).length <= 75, lines[i]);
            assertEquals(i > 0, lines[i].startsWith(" "), "continuation lines start with a space");
        }
        String unfolded = out.toString().replace("\r\n ", "").strip();
        assertEquals("DESCRIPTION:" + "één gezonde stad ".repeat(20).strip(), unfolded);
    }

    @Test
    void anEventHasItsRequiredPropertiesInUtc() {
        String calendar = ICalendar.write("Agenda", List.of(new CalendarEvent("bijeenkomst-1@x", 3, START,
                START.plusSeconds(7200), "Kenniscafé", "De StadsKamer", null, null, "Center", "c@example.org",
                true)), Instant.parse("2026-11-24T10:00:00Z"));

        assertTrue(calendar.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assertTrue(calendar.contains("\r\nDTSTART:20261210T183000Z\r\n"));
        assertTrue(calendar.contains("\r\nDTSTAMP:20261124T100000Z\r\n"));
        assertTrue(calendar.contains("\r\nSEQUENCE:3\r\n"));
        assertTrue(calendar.contains("\r\nSTATUS:CANCELLED\r\n"));
        assertTrue(calendar.contains("\r\nORGANIZER;CN=\"Center\":mailto:c@example.org\r\n"));
        assertTrue(calendar.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
    }
}
