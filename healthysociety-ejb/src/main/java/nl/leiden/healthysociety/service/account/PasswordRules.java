package nl.leiden.healthysociety.service.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.leiden.healthysociety.domain.shared.FieldError;

/**
 * What a password chosen by a person must be: at least {@value #MIN} characters (at most {@value #MAX}), not one
 * of the common passwords shipped with the application (also not one with only digits or symbols around it, such
 * as "Welkom2026!!"), and not the e-mail address or its name part.
 */
public final class PasswordRules {

    public static final int MIN = 12;
    public static final int MAX = 128;
    static final String FIELD = "password";

    private static final Set<String> COMMON = load();
    private static final int SHORTEST_BASE = 4;

    private PasswordRules() {
    }

    /** The reason this password may not be used, if there is one. */
    public static Optional<FieldError> check(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of(FieldError.of(FIELD, "validation.required"));
        }
        if (password.length() < MIN || password.length() > MAX) {
            return Optional.of(new FieldError(FIELD, "validation.passwordLength", Map.of("min", MIN, "max", MAX)));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            return Optional.of(FieldError.of(FIELD, "validation.password.common"));
        }
        if (email != null && !email.isBlank()) {
            String address = email.strip().toLowerCase(Locale.ROOT);
            String name = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
            if (lower.contains(address) || name.length() >= SHORTEST_BASE && lower.contains(name)) {
                return Optional.of(FieldError.of(FIELD, "validation.password.email"));
            }
        }
        if (lower.chars().distinct().count() < 4) {
            return Optional.of(FieldError.of(FIELD, "validation.password.common"));
        }
        return Optional.empty();
    }

    /** In the list as it is, or once the digits and symbols around it are taken off. */
    static boolean isCommon(String lower) {
        if (COMMON.contains(lower)) {
            return true;
        }
        String base = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        return base.length() >= SHORTEST_BASE && COMMON.contains(base);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordRules.class.getResourceAsStream("common-passwords.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("#!comment") && !line.isBlank()) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
