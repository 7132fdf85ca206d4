package nl.leiden.healthysociety.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every text a view asks the bundle for exists, so no screen shows a raw key. */
class ViewTextsTest {

    private static final Pattern KEY = Pattern.compile("msg\\['([^']+)'\\]");

    @Test
    void everyKeyUsedInAViewExistsInTheBundle() throws IOException {
        Set<String> known = BundleTest.keys("messages.properties");
        Set<String> missing = new TreeSet<>();
        int used = 0;
        try (Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(view));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    used++;
                    // "OrganisationType." is completed with a constant name; BundleTest covers those.
                    if (!key.endsWith(".") && !known.contains(key)) {
                        missing.add(view.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertTrue(used > 50, "the scan found the views");
        assertEquals(Set.of(), missing);
    }
}
