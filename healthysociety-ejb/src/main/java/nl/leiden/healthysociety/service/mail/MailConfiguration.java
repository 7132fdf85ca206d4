package nl.leiden.healthysociety.service.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Whether a mail session's settings can work at all: an SMTP host, a port in range, and a sender address that is an
 * address. It does not connect: a mail server that is down only delays mail (the outbox retries), while settings like
 * these never work and should stop an instance from being called ready.
 */
public final class MailConfiguration {

    private MailConfiguration() {
    }

    /** What is wrong with these JavaMail session properties, for operations; empty when nothing is. */
    public static List<String> problems(Properties session) {
        List<String> problems = new ArrayList<>();
        String host = first(session, "mail.smtp.host", "mail.host");
        if (host.isBlank()) {
            problems.add("no SMTP host (healthysociety.mail.host or the mail resource's host)");
        }
        String port = first(session, "mail.smtp.port");
        if (!port.isBlank() && !validPort(port)) {
            problems.add("SMTP port is not a number from 1 to 65535: " + port);
        }
        String from = first(session, "mail.from");
        if (from.isBlank()) {
            problems.add("no sender address (healthysociety.mail.from or the mail resource's from address)");
        } else {
            try {
                new InternetAddress(from, true);
            } catch (AddressException e) {
                problems.add("the sender address is not an e-mail address: " + from);
            }
        }
        return problems;
    }

    /** The SMTP host the session sends to, or an empty string. */
    public static String host(Properties session) {
        return first(session, "mail.smtp.host", "mail.host");
    }

    private static boolean validPort(String port) {
        try {
            int value = Integer.parseInt(port.trim());
            return value >= 1 && value <= 65535;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String first(Properties properties, String... keys) {
        for (String key : keys) {
            String value = properties.getProperty(key);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return "";
    }
}
