package nl.leiden.healthysociety.domain.shared;

import java.math.BigDecimal;

/**
 * Decimal numbers as people type them in forms and spreadsheets: "12,5" (Dutch) and "12.5" both mean twelve and a
 * half. Thousands separators are not accepted, so neither form can be misread as the other.
 */
public final class Decimals {

    private Decimals() {
    }

    /** The number, or null for an empty text. */
    public static BigDecimal parse(String text) {
        String trimmed = Texts.trimToNull(text);
        if (trimmed == null) {
            return null;
        }
        String normalised = trimmed.replace(',', '.');
        if (normalised.indexOf('.') != normalised.lastIndexOf('.')) {
            throw new NumberFormatException("More than one decimal separator");
        }
        return new BigDecimal(normalised);
    }
}
