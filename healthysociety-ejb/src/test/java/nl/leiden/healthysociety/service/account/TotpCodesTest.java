package nl.leiden.healthysociety.service.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class TotpCodesTest {

    /** The SHA-1 key of RFC 6238's test vectors, "12345678901234567890", in Base32. */
    private static final String RFC_KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void codesAreThoseOfTheRfcTestVectorsCutToSixDigits() {
        assertEquals("287082", TotpCodes.codeOf(RFC_KEY, TotpCodes.stepOf(Instant.ofEpochSecond(59))));
        assertEquals("081804", TotpCodes.codeOf(RFC_KEY, TotpCodes.stepOf(Instant.ofEpochSecond(1111111109))));
        assertEquals("005924", TotpCodes.codeOf(RFC_KEY, TotpCodes.stepOf(Instant.ofEpochSecond(1234567890))));
        assertEquals("279037", TotpCodes.codeOf(RFC_KEY, TotpCodes.stepOf(Instant.ofEpochSecond(2000000000))));
    }

    @Test
    void base32RoundTripsAndMatchesTheRfcKey() {
        byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        assertEquals(RFC_KEY, TotpCodes.base32(key));
        assertArrayEquals(key, TotpCodes.unbase32(RFC_KEY.toLowerCase()));
        String fresh = TotpCodes.newSecret();
        assertEquals(32, fresh.length());
        assertEquals(fresh, TotpCodes.base32(TotpCodes.unbase32(fresh)));
    }

    @Test
    void theStepBeforeAndAfterAreAcceptedButNotFurther() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = TotpCodes.stepOf(now);
        assertEquals(OptionalLong.of(step), TotpCodes.matchingStep(RFC_KEY, TotpCodes.codeOf(RFC_KEY, step), now));
        assertEquals(OptionalLong.of(step - 1),
                TotpCodes.matchingStep(RFC_KEY, TotpCodes.codeOf(RFC_KEY, step - 1), now));
        assertEquals(OptionalLong.of(step + 1),
                TotpCodes.matchingStep(RFC_KEY, " " + TotpCodes.codeOf(RFC_KEY, step + 1).substring(0, 3) + " "
                        + TotpCodes.codeOf(RFC_KEY, step + 1).substring(3), now));
        assertTrue(TotpCodes.matchingStep(RFC_KEY, TotpCodes.codeOf(RFC_KEY, step - 2), now).isEmpty());
        assertTrue(TotpCodes.matchingStep(RFC_KEY, TotpCodes.codeOf(RFC_KEY, step + 2), now).isEmpty());
        assertTrue(TotpCodes.matchingStep(RFC_KEY, "12345", now).isEmpty());
        assertTrue(TotpCodes.matchingStep(RFC_KEY, null, now).isEmpty());
        assertTrue(TotpCodes.matchingStep(RFC_KEY, "abcdef", now).isEmpty());
    }

    @Test
    void theSetupAddressNamesTheIssuerAndAccount() {
        assertEquals("otpauth://totp/Leiden%20Healthy%20Society%3Abeheerder?secret=" + RFC_KEY
                + "&issuer=Leiden%20Healthy%20Society&digits=6&period=30", TotpCodes.setupUri(RFC_KEY, "beheerder"));
    }
}
