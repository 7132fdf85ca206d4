package nl.leiden.healthysociety.service.platform;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable codes for links that work without logging in: 256 random bits, URL-safe. */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    public static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
