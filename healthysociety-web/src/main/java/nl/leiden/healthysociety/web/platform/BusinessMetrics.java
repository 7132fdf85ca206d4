package nl.leiden.healthysociety.web.platform;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetadataBuilder;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.domain.initiative.InitiativeStatus;
import nl.leiden.healthysociety.domain.mail.MailStatus;
import nl.leiden.healthysociety.domain.meeting.RegistrationStatus;
import nl.leiden.healthysociety.domain.question.QuestionStatus;
import nl.leiden.healthysociety.service.platform.BusinessFigures;
import nl.leiden.healthysociety.service.platform.BusinessFigures.Figures;

/**
 * Publishes the business figures ({@link BusinessFigures}) as gauges in the application's metrics, so that Prometheus
 * shows them next to request timings and memory. A scrape reads the database at most once per
 * {@value #FRESH_MILLIS} ms, however many gauges it reads. Every instance of a cluster reports the same, database-wide
 * figures.
 */
@ApplicationScoped
public class BusinessMetrics {

    static final long FRESH_MILLIS = 2_000;

    @Inject
    MetricRegistry metrics;

    @Inject
    BusinessFigures figures;

    private record Reading(Figures figures, long readAt) {
    }

    private volatile Reading last;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        perStatus("healthysociety_registrations", "Meeting registrations by status (confirmed, waiting, cancelled)",
                RegistrationStatus.class, Figures::registrations);
        perStatus("healthysociety_questions", "Meeting Point questions by status", QuestionStatus.class,
                Figures::questions);
        perStatus("healthysociety_initiatives", "Initiatives by status", InitiativeStatus.class,
                Figures::initiatives);
        perStatus("healthysociety_mail_outbox", "E-mails in the outbox by status (pending also while retried)",
                MailStatus.class, Figures::mail);
        metrics.gauge(metadata("healthysociety_questions_open",
                "Meeting Point questions still open (new, being handled or passed on)"),
                () -> figures().questions().entrySet().stream()
                        .filter(entry -> entry.getKey().isOpen())
                        .mapToLong(Map.Entry::getValue)
                        .sum());
    }

    private <S extends Enum<S>> void perStatus(String name, String description, Class<S> statuses,
            Function<Figures, Map<S, Long>> counts) {
        Metadata metadata = metadata(name, description);
        for (S status : statuses.getEnumConstants()) {
            metrics.gauge(metadata, () -> counts.apply(figures()).get(status),
                    new Tag("status", status.name().toLowerCase(Locale.ROOT)));
        }
    }

    private Figures figures() {
        Reading reading = last;
        long now = System.currentTimeMillis();
        if (reading == null || now - reading.readAt() > FRESH_MILLIS) {
            reading = new Reading(figures.now(), now);
            last = reading;
        }
        return reading.figures();
    }

    private static Metadata metadata(String name, String description) {
        return new MetadataBuilder().withName(name).withDescription(description).build();
    }
}
