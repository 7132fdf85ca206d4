package nl.leiden.healthysociety.service.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.leiden.healthysociety.domain.shared.FieldError;

class PasswordRulesTest {

    private static String refusal(String password, String email) {
        return PasswordRules.check(password, email).map(FieldError::messageKey).orElse(null);
    }

    @Test
    void aLongUncommonPasswordThatIsNotTheAddressIsAccepted() {
        assertTrue(PasswordRules.check("Stevenshof-fiets-koffie", "a.jansen@ggd.nl").isEmpty());
    }

    @Test
    void shortAndOverlongPasswordsAreRefused() {
        assertEquals("validation.passwordLength", refusal("kort-1", null));
        assertEquals("validation.passwordLength", refusal("x".repeat(129), null));
        assertEquals("validation.required", refusal("", null));
    }

    @Test
    void commonPasswordsAlsoWithDigitsAndSymbolsAroundThemAreRefused() {
        assertEquals("validation.password.common", refusal("password1234", null));
        assertEquals("validation.password.common", refusal("Welkom2026!!", null));
        assertEquals("validation.password.common", refusal("!!Wachtwoord2026", null));
        assertEquals("validation.password.common", refusal("aaaaaaaaaaaaaa", null));
    }

    @Test
    void theAddressOrItsNameIsNoPassword() {
        assertEquals("validation.password.email", refusal("a.jansen@ggd.nl", "A.Jansen@ggd.nl"));
        assertEquals("validation.password.email", refusal("a.jansen-2026-geheim", "a.jansen@ggd.nl"));
    }
}
