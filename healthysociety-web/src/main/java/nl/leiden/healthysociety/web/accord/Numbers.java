package nl.leiden.healthysociety.web.accord;

import java.text.NumberFormat;
import java.util.Locale;

/** Figures as Dutch (or English) readers expect them: "12,5" with at most one decimal in charts and tables. */
public final class Numbers {

    private Numbers() {
    }

    public static String format(Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(0);
        return format.format(value.doubleValue());
    }
}
