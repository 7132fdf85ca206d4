package nl.leiden.healthysociety.web.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * docs/operations.md is the configuration reference: every property the code reads must be in it, as the environment
 * variable operations set. Fails when a new setting is added without documenting it.
 */
class ConfigurationReferenceTest {

    private static final Path ROOT = Path.of("..");

    /** A property name in a {@code @ConfigProperty}, a Config lookup or a {@code *_KEY} constant. */
    private static final Pattern READ = Pattern.compile(
            "(?:ConfigProperty\\(name = |Value\\(|_KEY = )\"(healthysociety\\.[a-z0-9.-]+)\"");
    /** The directory settings are read as {@code PREFIX + "name"} keys in DirectorySettings. */
    private static final Pattern DIRECTORY_KEY = Pattern.compile("text\\(config, \"([a-z-]+)\"\\)");

    @Test
    void everySettingTheCodeReadsIsInTheReference() throws IOException {
        String reference = Files.readString(ROOT.resolve("docs/operations.md"), StandardCharsets.UTF_8);
        Set<String> properties = properties();
        assertTrue(properties.size() > 30, "the scan finds the settings: " + properties);

        Set<String> missing = new TreeSet<>();
        for (String property : properties) {
            if (!reference.contains("`" + environmentVariable(property) + "`")) {
                missing.add(environmentVariable(property) + " (" + property + ")");
            }
        }
        assertTrue(missing.isEmpty(), "not in the configuration reference of docs/operations.md: " + missing);
    }

    private static Set<String> properties() throws IOException {
        Set<String> properties = new TreeSet<>();
        for (String module : new String[]{"healthysociety-ejb", "healthysociety-web"}) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                    String source = read(file);
                    Matcher read = READ.matcher(source);
                    while (read.find()) {
                        properties.add(read.group(1));
                    }
                    if (file.getFileName().toString().equals("DirectorySettings.java")) {
                        Matcher key = DIRECTORY_KEY.matcher(source);
                        while (key.find()) {
                            properties.add("healthysociety.ldap." + key.group(1));
                        }
                    }
                });
            }
        }
        return properties;
    }

    /** MicroProfile Config's environment variable for a property: upper case, other characters as underscores. */
    static String environmentVariable(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
