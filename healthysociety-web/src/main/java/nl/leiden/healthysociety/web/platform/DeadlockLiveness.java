package nl.leiden.healthysociety.web.platform;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Alive unless threads are deadlocked: an instance in that state never recovers by itself and should be restarted.
 * It asks nothing of the database or the mail server, so a database outage never makes every instance restart.
 */
@Liveness
@ApplicationScoped
public class DeadlockLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] deadlocked = threads.findDeadlockedThreads();
        return HealthCheckResponse.named("threads")
                .status(deadlocked == null)
                .withData("deadlocked", deadlocked == null ? 0 : deadlocked.length)
                .withData("live", threads.getThreadCount())
                .build();
    }
}
