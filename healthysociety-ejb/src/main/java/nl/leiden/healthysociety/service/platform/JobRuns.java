package nl.leiden.healthysociety.service.platform;

import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * Makes each period of a background job run on one instance of a cluster: every instance runs the same interval
 * timers, and the first to claim a job's period in the database runs it while the others skip it. A claim is a
 * conditional update of the job's row in {@code job_claim} ("newest period claimed is older than this one"), so
 * of two instances claiming at once the second waits for the first's commit and then finds nothing to update.
 * Each run is recorded in {@code job_run} with the instance's name. Needs nothing of the cluster itself: instances
 * that share the database coordinate through it, and when one stops the others simply claim the next periods.
 */
@Singleton
@Lock(LockType.READ)
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobRuns {

    private static final System.Logger LOG = System.getLogger(JobRuns.class.getName());
    private static final int FAILURE_LENGTH = 200;

    @Inject
    @ConfigProperty(name = "healthysociety.instance.name")
    Optional<String> configuredName;

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    private String instance;

    @PostConstruct
    void name() {
        instance = configuredName.filter(name -> !name.isBlank()).map(String::strip).orElseGet(JobRuns::hostAndPid);
        if (instance.length() > 100) {
            instance = instance.substring(0, 100);
        }
    }

    /** This instance's name in the record of runs: {@code healthysociety.instance.name}, or host and process id. */
    public String instance() {
        return instance;
    }

    /**
     * The start of the period of this length that the moment falls in. Periods are counted from the epoch, so all
     * instances agree on them whenever they started.
     */
    public static Instant periodStart(Instant moment, long periodMillis) {
        long millis = moment.toEpochMilli();
        return Instant.ofEpochMilli(millis - Math.floorMod(millis, periodMillis));
    }

    /** Claims the job's period for this instance and records the run; false if another instance claimed it. */
    public boolean claim(String job, Instant periodStart, Instant now) {
        int claimed = em.createNativeQuery("update job_claim set period_start = ?1, instance = ?2"
                + " where job = ?3 and period_start < ?1")
                .setParameter(1, time(periodStart))
                .setParameter(2, instance)
                .setParameter(3, job)
                .executeUpdate();
        if (claimed == 0) {
            Number known = (Number) em.createNativeQuery("select count(*) from job_claim where job = ?1")
                    .setParameter(1, job)
                    .getSingleResult();
            if (known.longValue() > 0) {
                return false;
            }
            // A job that no migration named yet: its first claim creates its row (of two at once, one fails).
            try {
                em.createNativeQuery("insert into job_claim (job, period_start, instance) values (?1, ?2, ?3)")
                        .setParameter(1, job)
                        .setParameter(2, time(periodStart))
                        .setParameter(3, instance)
                        .executeUpdate();
                em.flush();
            } catch (PersistenceException e) {
                return false;
            }
        }
        em.createNativeQuery("insert into job_run (job, period_start, instance, started_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, job)
                .setParameter(2, time(periodStart))
                .setParameter(3, instance)
                .setParameter(4, time(now))
                .executeUpdate();
        return true;
    }

    /** Records how this instance's run of the job's period ended: how many items it handled, or why it failed. */
    public void finished(String job, Instant periodStart, Instant now, Integer items, String failure) {
        em.createNativeQuery("update job_run set finished_at = ?1, items = ?2, failure = ?3"
                + " where job = ?4 and period_start = ?5 and instance = ?6")
                .setParameter(1, time(now))
                .setParameter(2, items)
                .setParameter(3, failure == null || failure.length() <= FAILURE_LENGTH
                        ? failure
                        : failure.substring(0, FAILURE_LENGTH))
                .setParameter(4, job)
                .setParameter(5, time(periodStart))
                .setParameter(6, instance)
                .executeUpdate();
    }

    /** Forgets runs that started before this moment; returns how many. */
    public int forgetBefore(Instant before) {
        return em.createNativeQuery("delete from job_run where started_at < ?1")
                .setParameter(1, time(before))
                .executeUpdate();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String hostAndPid() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            LOG.log(Level.DEBUG, "No host name for the record of job runs", e);
            host = "localhost";
        }
        return host + ":" + ProcessHandle.current().pid();
    }
}
