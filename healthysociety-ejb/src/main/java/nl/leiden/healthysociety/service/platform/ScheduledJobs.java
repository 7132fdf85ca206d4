package nl.leiden.healthysociety.service.platform;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;

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
 * The background work, on non-persistent interval timers that every instance runs: sending (and retrying) the
 * outbox, the reminders the day before a meeting, reminders for Meeting Point questions that wait too long, and
 * erasing personal data after the retention period. In a cluster each period of a job runs on one instance only:
 * the first to claim it ({@link JobRuns}), which also records the run. The outbox is the exception: every instance
 * sends what is due (it also does so right after a commit that queued mail), and the outbox's leases keep a message
 * from going out twice. Each job also makes sure by itself, in the database, that overlapping runs (a beheerder's run
 * through the API during a timer's) do their work once. The intervals are configurable (in seconds) so that tests
 * and quiet installations can choose.
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

    /** How long the record of job runs is kept. */
    static final Duration RUNS_KEPT = Duration.ofDays(90);

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

    @Inject
    JobRuns runs;

    @PostConstruct
    void start() {
        schedule(Job.MAIL, Duration.ofSeconds(10));
        schedule(Job.REMINDERS, Duration.ofSeconds(30));
        schedule(Job.RETENTION, Duration.ofMinutes(2));
        schedule(Job.QUESTION_REMINDERS, Duration.ofMinutes(1));
    }

    private void schedule(Job job, Duration firstDelay) {
        long interval = intervalMillis(job);
        long first = Math.min(interval, firstDelay.toMillis());
        timers.createIntervalTimer(first, interval, new TimerConfig(job, false));
        LOG.log(Level.INFO, "Job {0} runs every {1} seconds", job, interval / 1000);
    }

    @Timeout
    void run(Timer timer) {
        Job job = (Job) timer.getInfo();
        if (job == Job.MAIL) {
            work(job);
            return;
        }
        Instant now = Instant.now();
        Instant period = JobRuns.periodStart(now, intervalMillis(job));
        try {
            if (!runs.claim(job.name(), period, now)) {
                return; // another instance runs this period
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Job " + job + " could not claim its period", e);
            return;
        }
        Outcome outcome = work(job);
        try {
            runs.finished(job.name(), period, Instant.now(), outcome.items(), outcome.failure());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Job " + job + ": its run could not be recorded", e);
        }
    }

    private record Outcome(Integer items, String failure) {
    }

    /** Does the job's work; a failure is logged and the next period tries again (it must not cancel the timer). */
    private Outcome work(Job job) {
        try {
            return new Outcome(switch (job) {
                case MAIL -> mail.sendDue();
                case REMINDERS -> reminders.run();
                case RETENTION -> {
                    runs.forgetBefore(Instant.now().minus(RUNS_KEPT));
                    yield retention.run() + questionRetention.run();
                }
                case QUESTION_REMINDERS -> questionReminders.run();
            }, null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Job " + job + " failed", e);
            return new Outcome(null, e.getClass().getSimpleName());
        }
    }

    private long intervalMillis(Job job) {
        long seconds = switch (job) {
            case MAIL -> mailSeconds;
            case REMINDERS -> reminderSeconds;
            case RETENTION -> retentionSeconds;
            case QUESTION_REMINDERS -> questionReminderSeconds;
        };
        return Duration.ofSeconds(Math.max(1, seconds)).toMillis();
    }
}
