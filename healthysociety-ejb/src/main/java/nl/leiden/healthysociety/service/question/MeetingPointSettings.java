package nl.leiden.healthysociety.service.question;

import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The Meeting Point's limits: how long a question may wait for an answer before it stands out and its assignee is
 * reminded ({@code healthysociety.meetingpoint.waiting-days}, 5), and how long after closing its asker's data is
 * kept ({@code healthysociety.meetingpoint.retention-months}, 12).
 */
@ApplicationScoped
public class MeetingPointSettings {

    @Inject
    @ConfigProperty(name = "healthysociety.meetingpoint.waiting-days", defaultValue = "5")
    int waitingDays;

    @Inject
    @ConfigProperty(name = "healthysociety.meetingpoint.retention-months", defaultValue = "12")
    int retentionMonths;

    public int waitingDays() {
        return waitingDays;
    }

    public Duration waitingLimit() {
        return Duration.ofDays(Math.max(1, waitingDays));
    }

    public int retentionMonths() {
        return retentionMonths;
    }
}
