package nl.leiden.healthysociety.service.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** What makes the mail check of /health/ready go down: settings that can never work. */
class MailConfigurationTest {

    private static Properties session(String host, String port, String from) {
        Properties properties = new Properties();
        if (host != null) {
            properties.setProperty("mail.smtp.host", host);
        }
        if (port != null) {
            properties.setProperty("mail.smtp.port", port);
        }
        if (from != null) {
            properties.setProperty("mail.from", from);
        }
        return properties;
    }

    @Test
    void workableSettingsHaveNoProblems() {
        assertEquals(List.of(), MailConfiguration.problems(
                session("smtp.leiden.nl", "587", "Leiden Healthy Society Center <healthysocietycenter@leiden.nl>")));
    }

    @Test
    void aServerResourceNamesItsHostMailHost() {
        Properties resource = session(null, null, "healthysocietycenter@leiden.nl");
        resource.setProperty("mail.host", "smtp.leiden.nl");

        assertEquals(List.of(), MailConfiguration.problems(resource));
        assertEquals("smtp.leiden.nl", MailConfiguration.host(resource));
    }

    @Test
    void noHostIsAProblem() {
        List<String> problems = MailConfiguration.problems(session(" ", "25", "a@leiden.nl"));

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("SMTP host"));
    }

    @Test
    void aPortOutOfRangeOrNotANumberIsAProblem() {
        assertEquals(1, MailConfiguration.problems(session("smtp", "70000", "a@leiden.nl")).size());
        assertEquals(1, MailConfiguration.problems(session("smtp", "twenty-five", "a@leiden.nl")).size());
        assertEquals(1, MailConfiguration.problems(session("smtp", "0", "a@leiden.nl")).size());
    }

    @Test
    void aSenderThatIsNoAddressIsAProblem() {
        List<String> problems = MailConfiguration.problems(session("smtp", "25", "Healthy Society <not an address"));

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("sender"));
        assertEquals(1, MailConfiguration.problems(session("smtp", "25", null)).size());
    }
}
