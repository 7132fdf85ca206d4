package nl.leiden.healthysociety.service.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    /** Few iterations keep the test fast; the stored count is what verification uses. */
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void rightPasswordVerifiesWrongOneDoesNot() {
        String hash = hasher.hash("Leiden-demo-2026".toCharArray());

        assertTrue(hasher.verify("Leiden-demo-2026".toCharArray(), hash));
        assertFalse(hasher.verify("leiden-demo-2026".toCharArray(), hash));
    }

    @Test
    void samePasswordGetsADifferentSaltEachTime() {
        assertNotEquals(hasher.hash("geheim".toCharArray()), hasher.hash("geheim".toCharArray()));
    }

    @Test
    void hashDoesNotContainThePassword() {
        assertFalse(hasher.hash("Leiden-demo-2026".toCharArray()).contains("Leiden-demo-2026"));
    }

    @Test
    void storedIterationCountIsHonoured() {
        String hash = hasher.hash("geheim".toCharArray());

        assertTrue(hash.startsWith("pbkdf2-sha256$1000$"));
        assertTrue(new PasswordHasher().verify("geheim".toCharArray(), hash));
    }

    @Test
    void malformedOrTamperedHashesNeverVerify() {
        String hash = hasher.hash("geheim".toCharArray());
        String tampered = hash.substring(0, hash.length() - 2) + (hash.endsWith("A") ? "BB" : "AA");

        assertFalse(hasher.verify("geheim".toCharArray(), null));
        assertFalse(hasher.verify("geheim".toCharArray(), "geheim"));
        assertFalse(hasher.verify("geheim".toCharArray(), hash.replace("pbkdf2-sha256", "md5")));
        assertFalse(hasher.verify("geheim".toCharArray(), "pbkdf2-sha256$x$y$z"));
        assertFalse(hasher.verify("geheim".toCharArray(), tampered));
    }
}
