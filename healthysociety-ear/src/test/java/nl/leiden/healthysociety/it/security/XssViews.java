package nl.leiden.healthysociety.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.PageSession;
import nl.leiden.healthysociety.it.support.TestMail;

/**
 * Where the stored text comes back, each fetched once per viewer and kept: pages as the viewer's browser gets them
 * (logged in through the login page, or anonymous), the JSON API, exports, calendars and e-mail.
 */
final class XssViews {

    /** Who looks: a demo account, the invited partner, or nobody logged in. */
    enum Viewer {
        ANONYMOUS, BEHEERDER, MEDEWERKER, PARTNER_GGD, PARTNER_HSL, INVITED
    }

    private final URL baseUrl;
    private final XssFixture fixture;
    private final Map<Viewer, PageSession> sessions = new EnumMap<>(Viewer.class);
    private final Map<String, String> pages = new HashMap<>();
    private final Map<String, String> json = new HashMap<>();
    private String reviewForm;

    XssViews(URL baseUrl, XssFixture fixture) {
        this.baseUrl = baseUrl;
        this.fixture = fixture;
    }

    /** The HTML of a page as this viewer gets it. */
    synchronized String page(Viewer viewer, String path) {
        return pages.computeIfAbsent(viewer + " " + path, key -> {
            HttpResponse<String> response = session(viewer).get(path);
            assertEquals(200, response.statusCode(), () -> viewer + " " + path + ": " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            return response.body();
        });
    }

    /**
     * The committee's review form for the proposal, which opens with an Ajax request from the review page: the only
     * place a medewerker's own comment is shown.
     */
    synchronized String reviewForm() {
        if (reviewForm == null) {
            PageSession medewerker = session(Viewer.MEDEWERKER);
            String path = "intranet/festival-beoordelen?editie=" + fixture.edition;
            String page = medewerker.get(path).body();
            Matcher button = Pattern.compile("<button id=\"([^\"]+)\"[^>]*aria-label=\"[^\"]*xss-prop-title")
                    .matcher(page);
            assertTrue(button.find(), "no button to open the proposal on the review page");
            String source = button.group(1);
            String form = source.substring(0, source.indexOf(':'));
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(form, form);
            fields.put("jakarta.faces.ViewState", PageSession.viewState(page));
            fields.put(PageSession.NONCE_FIELD, PageSession.nonce(page));
            fields.put("jakarta.faces.partial.ajax", "true");
            fields.put("jakarta.faces.source", source);
            fields.put("jakarta.faces.partial.execute", source);
            fields.put("jakarta.faces.partial.render", "review");
            fields.put(source, source);
            HttpResponse<String> response = medewerker.post(medewerker.formAction(page, form), fields);
            assertEquals(200, response.statusCode(), response::body);
            reviewForm = response.body();
        }
        return reviewForm;
    }

    /** Every text in the JSON an API path answers with, for this viewer; the answer must be valid JSON. */
    synchronized String jsonTexts(Viewer viewer, String path) {
        return json.computeIfAbsent(viewer + " " + path, key -> {
            Api.Response response = api(viewer).get(path);
            assertEquals(200, response.status(), () -> viewer + " " + path + ": " + response);
            assertTrue(response.header("Content-Type").startsWith("application/json"), response::toString);
            JsonValue value;
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                value = reader.readValue();
            }
            List<String> texts = new ArrayList<>();
            collect(value, texts);
            return String.join("\n", texts);
        });
    }

    /** A download's bytes, after checking no browser would take it for a page. */
    byte[] download(Viewer viewer, String path) {
        HttpResponse<byte[]> response = api(viewer).download(path);
        assertEquals(200, response.statusCode(), path);
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        assertFalse(type.contains("html"), path + " is served as " + type);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        return response.body();
    }

    /** The text of every cell of the first sheet of an Excel download. */
    String xlsxTexts(Viewer viewer, String path) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(download(viewer, path)))) {
            StringBuilder texts = new StringBuilder();
            for (Row row : workbook.getFirstSheet().read()) {
                for (Cell cell : row) {
                    if (cell != null) {
                        texts.append(cell.getText()).append('\n');
                    }
                }
            }
            return texts.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values of every property in an iCalendar download, as a calendar program reads them (unescaped). */
    String icalTexts(String path) {
        String text = new String(download(Viewer.ANONYMOUS, path), StandardCharsets.UTF_8);
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(text));
            StringBuilder values = new StringBuilder();
            calendar.getComponents().forEach(component -> {
                for (Property property : component.getProperties()) {
                    values.append(property.getValue()).append('\n');
                }
            });
            return values.toString();
        } catch (IOException | ParserException e) {
            throw new AssertionError(path + " is not a valid calendar: " + e.getMessage(), e);
        }
    }

    /** Subject and text of the mail to this address whose subject contains the part, after checking it is plain text. */
    static String mailText(String address, String subjectPart) {
        MimeMessage message = TestMail.await(address, subjectPart);
        try {
            assertFalse(hasHtml(message.getContentType(), message.getContent()),
                    "mail to " + address + " has an HTML part: escape there too");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return TestMail.subject(message) + "\n" + TestMail.text(message);
    }

    private static boolean hasHtml(String type, Object content) throws MessagingException, IOException {
        if (type.toLowerCase(Locale.ROOT).startsWith("text/html")) {
            return true;
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (hasHtml(part.getContentType(), part.getContent())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void collect(JsonValue value, List<String> texts) {
        if (value instanceof JsonString string) {
            texts.add(string.getString());
        } else if (value instanceof JsonObject object) {
            object.values().forEach(member -> collect(member, texts));
        } else if (value instanceof JsonArray array) {
            array.forEach(member -> collect(member, texts));
        }
    }

    private PageSession session(Viewer viewer) {
        return sessions.computeIfAbsent(viewer, who -> {
            PageSession session = new PageSession(baseUrl);
            return switch (who) {
                case ANONYMOUS -> session;
                case INVITED -> session.login(fixture.invitedEmail, XssFixture.INVITED_PASSWORD);
                default -> session.login(DemoAccount.valueOf(who.name()));
            };
        });
    }

    private Api api(Viewer viewer) {
        return switch (viewer) {
            case ANONYMOUS -> Api.anonymous(baseUrl);
            case INVITED -> fixture.invited();
            default -> Api.as(baseUrl, DemoAccount.valueOf(viewer.name()));
        };
    }
}
