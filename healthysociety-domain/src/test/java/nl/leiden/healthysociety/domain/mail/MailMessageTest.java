package nl.leiden.healthysociety.domain.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class MailMessageTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private static MailMessage message() {
        return new MailMessage(MailKind.REMINDER, "a@example.org", "Herinnering", "Tekst", null, 1L, 2L, NOW);
    }

    @Test
    void failedAttemptsAreRetriedLaterEachTimeThenGivenUp() {
        MailMessage message = message();
        assertTrue(message.isDueAt(NOW));

        message.failed("Connection refused", NOW);
        assertEquals(NOW.plus(Duration.ofMinutes(1)), message.getNextAttemptAt());
        message.failed("Connection refused", NOW);
        assertEquals(NOW.plus(Duration.ofMinutes(2)), message.getNextAttemptAt());
        for (int i = 2; i < MailMessage.MAX_ATTEMPTS; i++) {
            message.failed("Connection refused", NOW);
        }

        assertEquals(MailStatus.FAILED, message.getStatus());
        assertFalse(message.isDueAt(NOW.plus(Duration.ofDays(1))));
        message.retry(NOW);
        assertEquals(MailStatus.PENDING, message.getStatus());
        assertTrue(message.isDueAt(NOW));
    }

    @Test
    void aLeasedMessageIsNotDueForOthersUntilTheLeaseEnds() {
        MailMessage message = message();
        message.lease(NOW.plus(Duration.ofMinutes(5)));

        assertFalse(message.isDueAt(NOW.plus(Duration.ofMinutes(4))));
        assertTrue(message.isDueAt(NOW.plus(Duration.ofMinutes(5))));
    }

    @Test
    void theStoredErrorIsCutToFit() {
        MailMessage message = message();
        message.failed("x".repeat(MailMessage.ERROR_MAX + 100), NOW);

        assertEquals(MailMessage.ERROR_MAX, message.getLastError().length());
        message.sent(NOW);
        assertEquals(MailStatus.SENT, message.getStatus());
        assertEquals(null, message.getLastError());
    }
}
