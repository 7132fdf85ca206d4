package nl.leiden.healthysociety.web.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

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
        FacesContext faces = FacesContext.getCurrentInstance();
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(faces == null ? Bundle.DUTCH : faces.getViewRoot().getLocale())
                .format(day);
    }
}
