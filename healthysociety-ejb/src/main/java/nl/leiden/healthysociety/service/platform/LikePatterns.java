package nl.leiden.healthysociety.service.platform;

import java.util.Arrays;
import java.util.List;

import nl.leiden.healthysociety.domain.shared.Texts;

/** Builds LIKE patterns from search text typed by a person, so that % and _ are searched for literally. */
public final class LikePatterns {

    /** The escape character to name in the query: {@code like :pattern escape '\'}. */
    public static final char ESCAPE = '\\';

    private LikePatterns() {
    }

    /** At most this many words of a search count; more only slow the query down. */
    public static final int MAX_WORDS = 8;

    /**
     * One pattern per word of the search text, each matching search keys that contain that word somewhere: a
     * search for "financiele stress" finds "Financiële hulp bij stress".
     */
    public static List<String> eachWord(String text) {
        String key = Texts.searchKey(text);
        if (key.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(key.split(" ")).distinct().limit(MAX_WORDS).map(LikePatterns::containing).toList();
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
