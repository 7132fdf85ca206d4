package nl.leiden.healthysociety.service.platform;

import nl.leiden.healthysociety.domain.shared.Texts;

/** Builds LIKE patterns from search text typed by a person, so that % and _ are searched for literally. */
public final class LikePatterns {

    /** The escape character to name in the query: {@code like :pattern escape '\'}. */
    public static final char ESCAPE = '\\';

    private LikePatterns() {
    }

    /** A pattern that matches any search key containing the (normalised) text. */
    public static String containing(String text) {
        String key = Texts.searchKey(text);
        StringBuilder pattern = new StringBuilder("%");
        for (char c : key.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
