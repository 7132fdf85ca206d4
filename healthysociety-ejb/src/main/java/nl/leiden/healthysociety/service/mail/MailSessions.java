package nl.leiden.healthysociety.service.mail;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.List;
import java.util.Properties;

/**
 * The mail session: the server's JavaMail resource {@value #JNDI_NAME} when operations configured one (asadmin
 * create-javamail-resource), otherwise one built from {@link MailSettings}.
 */
@ApplicationScoped
public class MailSessions {

    public static final String JNDI_NAME = "mail/healthysociety";

    private static final System.Logger LOG = System.getLogger(MailSessions.class.getName());

    @Inject
    MailSettings settings;

    private volatile Session session;
    private volatile boolean fromResource;

    public Session session() {
        Session current = session;
        if (current == null) {
            current = lookup();
            fromResource = current != null;
            if (current == null) {
                current = Session.getInstance(settings.sessionProperties(), authenticator());
            }
            session = current;
        }
        return current;
    }

    /** Where mail goes and what is wrong with its settings, for the readiness check. */
    public Readiness readiness() {
        Properties properties = session().getProperties();
        return new Readiness(fromResource ? JNDI_NAME : "healthysociety.mail.*", MailConfiguration.host(properties),
                MailConfiguration.problems(properties));
    }

    /** The mail settings' source, SMTP host and problems. */
    public record Readiness(String source, String host, List<String> problems) {
    }

    private static Session lookup() {
        try {
            Session found = (Session) new InitialContext().lookup(JNDI_NAME);
            LOG.log(System.Logger.Level.INFO, "Sending mail through the server's mail resource {0}", JNDI_NAME);
            return found;
        } catch (NamingException | ClassCastException e) {
            return null;
        }
    }

    private Authenticator authenticator() {
        if (settings.user().isBlank()) {
            return null;
        }
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user(), settings.password());
            }
        };
    }
}
