package nl.leiden.healthysociety.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import nl.leiden.healthysociety.domain.account.Role;
import nl.leiden.healthysociety.domain.festival.ProposalStatus;
import nl.leiden.healthysociety.domain.festival.SessionFormat;
import nl.leiden.healthysociety.domain.mail.MailStatus;
import nl.leiden.healthysociety.domain.meeting.ActionPlanStatus;
import nl.leiden.healthysociety.domain.meeting.Attendance;
import nl.leiden.healthysociety.domain.meeting.MeetingStatus;
import nl.leiden.healthysociety.domain.meeting.MeetingType;
import nl.leiden.healthysociety.domain.meeting.RegistrantKind;
import nl.leiden.healthysociety.domain.meeting.RegistrationStatus;
import nl.leiden.healthysociety.domain.organisation.OrganisationType;
import nl.leiden.healthysociety.domain.shared.FieldError;

class BundleTest {

    @Test
    void dutchUnlessEnglishIsAskedFor() {
        assertEquals("Inloggen", Bundle.forLocale(null).text("page.login.title"));
        assertEquals("Inloggen", Bundle.forLocale(Locale.GERMAN).text("page.login.title"));
        assertEquals("Inloggen", Bundle.forLocale(Locale.forLanguageTag("nl-BE")).text("page.login.title"));
        assertEquals("Log in", Bundle.forLocale(Locale.UK).text("page.login.title"));
    }

    @Test
    void argumentsAreFilledIn() {
        assertEquals("Organisatie LUMC is opgeslagen.", Bundle.forLocale(null).text("page.organisation.saved", "LUMC"));
        assertEquals("Gebruik maximaal 200 tekens.", Bundle.forLocale(null)
                .text(new FieldError("name", "validation.tooLong", Map.of("max", 200))));
    }

    @Test
    void missingKeyShowsTheKeyRatherThanFailing() {
        assertEquals("no.such.key", Bundle.forLocale(null).text("no.such.key"));
    }

    @Test
    void enumConstantsHaveScreenNames() {
        assertEquals("Bewonersinitiatief", Bundle.forLocale(null).text(OrganisationType.BEWONERSINITIATIEF));
        assertEquals("Administrator", Bundle.forLocale(Locale.ENGLISH).text(Role.BEHEERDER));
    }

    @Test
    void dutchAndEnglishHaveTheSameKeysAndCoverEveryEnumConstant() throws IOException {
        Set<String> dutch = keys("messages.properties");
        Set<String> english = keys("messages_en.properties");

        assertEquals(dutch, english);
        for (OrganisationType type : OrganisationType.values()) {
            assertTrue(dutch.contains("OrganisationType." + type.name()), type.name());
        }
        for (Role role : Role.values()) {
            assertTrue(dutch.contains("Role." + role.name()), role.name());
        }
        for (Class<? extends Enum<?>> type : List.of(MeetingType.class, MeetingStatus.class, RegistrationStatus.class,
                RegistrantKind.class, Attendance.class, ActionPlanStatus.class, MailStatus.class, SessionFormat.class,
                ProposalStatus.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = type.getSimpleName() + "." + constant.name();
                assertTrue(dutch.contains(key), key);
            }
        }
    }

    static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleTest.class.getResourceAsStream(file)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
