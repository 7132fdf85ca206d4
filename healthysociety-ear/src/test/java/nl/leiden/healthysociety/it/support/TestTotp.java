package nl.leiden.healthysociety.it.support;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The authenticator app of the tests: makes the codes (RFC 6238: HMAC-SHA1, 30 seconds, 6 digits) of a Base32 key,
 * written here apart from the application's own code so that the two check each other.
 */
public final class TestTotp {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private TestTotp() {
    }

    public static long currentStep() {
        return Instant.now().getEpochSecond() / 30;
    }

    /** The code the app shows now. */
    public static String now(String key) {
        return code(key, currentStep());
    }

    public static String code(String key, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(decode(key), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[19] & 0xf;
            int number = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
            return String.format(Locale.ROOT, "%06d", number % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A code for a login on screen, which the application takes only once per 30-second step (the step before and
     * after the current one count too): the code of a step this account has not used yet, after waiting for the
     * next step if all three are used.
     */
    public static String unusedCode(String username, String key) {
        while (true) {
            String text = TestDatabase.text("select cast(totp_last_step as varchar) from account where username = ?",
                    username);
            long last = text == null ? Long.MIN_VALUE : Long.parseLong(text);
            long now = currentStep();
            boolean earlyInStep = Instant.now().getEpochSecond() % 30 < 25;
            for (long step = earlyInStep ? now - 1 : now; step <= now + 1; step++) {
                if (step > last) {
                    return code(key, step);
                }
            }
            try {
                Thread.sleep(1000 * (30 - Instant.now().getEpochSecond() % 30) + 200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static byte[] decode(String key) {
        byte[] bytes = new byte[key.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int index = 0;
        for (char c : key.toCharArray()) {
            buffer = buffer << 5 | BASE32.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                bytes[index++] = (byte) (buffer >> bits - 8);
                bits -= 8;
            }
        }
        return bytes;
    }
}
