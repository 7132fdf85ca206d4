package nl.leiden.healthysociety.domain.shared;

import java.text.Normalizer;
import java.util.Locale;

/** Text normalisation shared by entities and searches. */
public final class Texts {

    private Texts() {
    }

    /** Trims, and turns an empty or blank text into null, so that "no value" has one representation. */
    public static String trimToNull(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /**
     * The form of a text used for comparing names and searching: lower case, accents removed, inner white space
     * collapsed, so that "Financiële  Hulp" and "financiele hulp" are the same key.
     */
    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
