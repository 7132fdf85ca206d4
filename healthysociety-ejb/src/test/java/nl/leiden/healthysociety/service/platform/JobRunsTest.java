package nl.leiden.healthysociety.service.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class JobRunsTest {

    private static final long FIFTEEN_MINUTES = 15 * 60 * 1000;

    @Test
    void instancesThatFireAtDifferentMomentsOfOnePeriodClaimTheSamePeriod() {
        Instant early = Instant.parse("2026-03-05T10:15:02Z");
        Instant late = Instant.parse("2026-03-05T10:29:59.999Z");
        assertEquals(Instant.parse("2026-03-05T10:15:00Z"), JobRuns.periodStart(early, FIFTEEN_MINUTES));
        assertEquals(JobRuns.periodStart(early, FIFTEEN_MINUTES), JobRuns.periodStart(late, FIFTEEN_MINUTES));
    }

    @Test
    void theNextPeriodStartsAtItsBoundary() {
        Instant boundary = Instant.parse("2026-03-05T10:30:00Z");
        assertEquals(boundary, JobRuns.periodStart(boundary, FIFTEEN_MINUTES));
        assertNotEquals(JobRuns.periodStart(boundary.minusMillis(1), FIFTEEN_MINUTES),
                JobRuns.periodStart(boundary, FIFTEEN_MINUTES));
    }

    @Test
    void aDailyPeriodIsTheUtcDay() {
        assertEquals(Instant.parse("2026-03-05T00:00:00Z"),
                JobRuns.periodStart(Instant.parse("2026-03-05T23:59:00Z"), 24 * 60 * 60 * 1000));
    }
}
