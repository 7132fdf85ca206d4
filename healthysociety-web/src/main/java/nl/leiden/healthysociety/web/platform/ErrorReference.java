package nl.leiden.healthysociety.web.platform;

import java.security.SecureRandom;

/**
 * A short code shown to a person who hit an unexpected error and written to the log with the stack trace, so the
 * service desk can find one from the other.
 */
public final class ErrorReference {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private ErrorReference() {
    }

    public static String next() {
        StringBuilder reference = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }
}
