package nl.leiden.healthysociety.service.platform;

import java.lang.System.Logger.Level;
import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.service.mail.MailSender;
import nl.leiden.healthysociety.service.meeting.ReminderJob;
import nl.leiden.healthysociety.service.meeting.RetentionJob;
import nl.leiden.healthysociety.service.question.QuestionReminderJob;
import nl.leiden.healthysociety.service.question.QuestionRetentionJob;

/**
 * The background work of every instance, on non-persistent interval timers: sending (and retrying) the outbox,
 * the reminders the day before a meeting, reminders for Meeting Point questions that wait too long, and erasing
 * personal data after the retention period. Each job makes
 * sure by itself, in the database, that running on several instances at once does its work once. The intervals
 * are configurable (in seconds) so that tests and quiet installations can choose.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScheduledJobs {

    private static final System.Logger LOG = System.getLogger(ScheduledJobs.class.getName());

    enum Job {
        MAIL, REMINDERS, RETENTION, QUESTION_REMINDERS
    }

    @Inject
    @ConfigProperty(name = "healthysociety.mail.retry-seconds", defaultValue = "60")
    long mailSeconds;

    @Inject
    @ConfigProperty(name = "healthysociety.reminders.interval-seconds", defaultValue = "900")
    long reminderSeconds;

    @Inject
    @ConfigProperty(name = "healthysociety.privacy.interval-seconds", defaultValue = "86400")
    long retentionSeconds;

    @Inject
    @ConfigProperty(name = "healthysociety.meetingpoint.reminders-interval-seconds", defaultValue = "3600")
    long questionReminderSeconds;

    @Resource
    TimerService timers;

    @Inject
    MailSender mail;

    @Inject
    ReminderJob reminders;

    @Inject
    RetentionJob retention;

    @Inject
    QuestionReminderJob questionReminders;

    @Inject
    QuestionRetentionJob questionRetention;

    @PostConstruct
    void start() {
        schedule(Job.MAIL, mailSeconds, Duration.ofSeconds(10));
        schedule(Job.REMINDERS, reminderSeconds, Duration.ofSeconds(30));
        schedule(Job.RETENTION, retentionSeconds, Duration.ofMinutes(2));
        schedule(Job.QUESTION_REMINDERS, questionReminderSeconds, Duration.ofMinutes(1));
    }

    private void schedule(Job job, long seconds, Duration firstDelay) {
        long interval = Duration.ofSeconds(Math.max(1, seconds)).toMillis();
        long first = Math.min(interval, firstDelay.toMillis());
        timers.createIntervalTimer(first, interval, new TimerConfig(job, false));
        LOG.log(Level.INFO, "Job {0} runs every {1} seconds", job, interval / 1000);
    }

    @Timeout
    void run(Timer timer) {
        Job job = (Job) timer.getInfo();
        try {
            switch (job) {
                case MAIL -> mail.sendDue();
                case REMINDERS -> reminders.run();
                case RETENTION -> {
                    retention.run();
                    questionRetention.run();
                }
                case QUESTION_REMINDERS -> questionReminders.run();
            }
        } catch (RuntimeException e) {
            // The next run tries again; a failing job must not cancel its timer.
            LOG.log(Level.WARNING, "Job " + job + " failed", e);
        }
    }
}
