package nl.leiden.healthysociety.service.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes iCalendar (RFC 5545) text: CRLF line ends, lines folded at 75 octets without splitting a UTF-8
 * character, text values escaped, times in UTC. Enough for calendar programs to subscribe to the feed and import
 * a single meeting.
 */
public final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int LINE_OCTETS = 75;

    private ICalendar() {
    }

    public static String write(String calendarName, List<CalendarEvent> events, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Leiden Healthy Society Center//Bijeenkomsten//NL");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        line(out, "X-WR-TIMEZONE:Europe/Amsterdam");
        String stamp = UTC.format(now.truncatedTo(ChronoUnit.SECONDS));
        for (CalendarEvent event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + event.uid());
            line(out, "DTSTAMP:" + stamp);
            line(out, "SEQUENCE:" + event.sequence());
            line(out, "DTSTART:" + UTC.format(event.start().truncatedTo(ChronoUnit.SECONDS)));
            line(out, "DTEND:" + UTC.format(event.end().truncatedTo(ChronoUnit.SECONDS)));
            line(out, "SUMMARY:" + text(event.summary()));
            if (event.location() != null) {
                line(out, "LOCATION:" + text(event.location()));
            }
            if (event.description() != null) {
                line(out, "DESCRIPTION:" + text(event.description()));
            }
            // RFC 5546 asks for an organiser on every published event.
            line(out, "ORGANIZER;CN=" + parameter(event.organiserName()) + ":mailto:" + event.organiserEmail());
            if (event.url() != null) {
                line(out, "URL:" + event.url());
            }
            line(out, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(out, "TRANSP:OPAQUE");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545, 3.3.11). */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    // dropped: \r\n becomes one escaped line break
                }
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A parameter value: quoted, since a name may hold ":" ";" or ","; double quotes are not allowed in it. */
    static String parameter(String value) {
        return "\"" + value.replace("\"", "'").replaceAll("\\p{Cntrl}", "") + "\"";
    }

    /** Appends a content line, folded so that no physical line is longer than 75 octets (RFC 5545, 3.1). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = LINE_OCTETS;
        for (int i = 0; i < content.length();) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = LINE_OCTETS - 1; // the leading space counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
