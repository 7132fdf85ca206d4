package nl.leiden.healthysociety.service.mail;

import java.util.Optional;
import java.util.Properties;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Where and how mail is sent, from MicroProfile Config (so environment variables such as HEALTHYSOCIETY_MAIL_HOST
 * set it). Used when the server has no JavaMail resource {@value MailSessions#JNDI_NAME} of its own.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "healthysociety.mail.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "healthysociety.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "healthysociety.mail.from", defaultValue = "Leiden Healthy Society Center <healthysocietycenter@leiden.nl>")
    String from;

    @Inject
    @ConfigProperty(name = "healthysociety.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "healthysociety.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "healthysociety.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "healthysociety.mail.timeout-ms", defaultValue = "10000")
    int timeoutMillis;

    /** The JavaMail properties for an SMTP session with these settings. */
    Properties sessionProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.from", from);
        properties.setProperty("mail.smtp.connectiontimeout", Integer.toString(timeoutMillis));
        properties.setProperty("mail.smtp.timeout", Integer.toString(timeoutMillis));
        properties.setProperty("mail.smtp.writetimeout", Integer.toString(timeoutMillis));
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(startTls));
        properties.setProperty("mail.smtp.auth", Boolean.toString(!user().isBlank()));
        return properties;
    }

    String user() {
        return user.orElse("");
    }

    String password() {
        return password.orElse("");
    }
}
