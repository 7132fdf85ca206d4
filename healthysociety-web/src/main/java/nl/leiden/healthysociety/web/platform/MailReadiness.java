package nl.leiden.healthysociety.web.platform;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.service.mail.MailSessions;

/**
 * Ready only when the mail settings can work (see {@code MailConfiguration}); says where mail goes. A mail server
 * that is down does not make an instance unready: mail then waits in the outbox.
 */
@Readiness
@ApplicationScoped
public class MailReadiness implements HealthCheck {

    @Inject
    MailSessions sessions;

    @Override
    public HealthCheckResponse call() {
        MailSessions.Readiness mail = sessions.readiness();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("mail")
                .status(mail.problems().isEmpty())
                .withData("source", mail.source())
                .withData("host", mail.host());
        for (int i = 0; i < mail.problems().size(); i++) {
            response.withData("problem" + (i + 1), mail.problems().get(i));
        }
        return response.build();
    }
}
