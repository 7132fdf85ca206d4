package nl.leiden.healthysociety.web.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** Dates as people in Leiden read them: in the Amsterdam time zone, in the visitor's language. */
@Named
@ApplicationScoped
public class Dates {

    public static final ZoneId LEIDEN = ZoneId.of("Europe/Amsterdam");

    /** "23 november 2026"; empty for no date. Takes a LocalDate or an Instant. */
    public String format(Object date) {
        LocalDate day;
        if (date instanceof LocalDate local) {
            day = local;
        } else if (date instanceof Instant instant) {
            day = instant.atZone(LEIDEN).toLocalDate();
        } else {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(day);
    }

    /** "donderdag 10 december 2026, 19:30"; empty for no moment. Takes a LocalDateTime (Leiden time). */
    public String dateTime(LocalDateTime moment) {
        return moment == null ? "" : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale()).format(moment);
    }

    /** "1 december 2026, 10:15" in Leiden time; empty for no moment. */
    public String moment(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale()).format(instant.atZone(LEIDEN));
    }

    /** From start to end: "donderdag 10 december 2026, 19:30–21:30", with the end's date only if it differs. */
    public String period(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return "";
        }
        if (end == null) {
            return dateTime(start);
        }
        String until = start.toLocalDate().equals(end.toLocalDate())
                ? DateTimeFormatter.ofPattern("HH:mm").format(end)
                : dateTime(end);
        return dateTime(start) + "–" + until;
    }

    /** The value of an HTML datetime-local field: "2026-12-10T19:30". */
    public String input(LocalDateTime moment) {
        return moment == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(moment);
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Bundle.DUTCH : faces.getViewRoot().getLocale();
    }
}
