package nl.leiden.healthysociety.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.organisation.OrganisationType;

class AccountTest {

    private static final Organisation GGD = new Organisation("GGD Hollands Midden", OrganisationType.ZORG);

    @Test
    void usernameIsComparedWithoutCase() {
        Account account = new Account("  Partner-GGD ", "Partner", Role.PARTNER, GGD, "hash", Instant.now());

        assertEquals("partner-ggd", account.getUsername());
        assertEquals("partner-ggd", Account.normaliseUsername("PARTNER-ggd"));
    }

    @Test
    void partnerBelongsToExactlyOneOrganisationOthersToNone() {
        Instant now = Instant.now();
        assertThrows(IllegalArgumentException.class, () -> new Account("p", "P", Role.PARTNER, null, "hash", now));
        assertThrows(IllegalArgumentException.class, () -> new Account("m", "M", Role.MEDEWERKER, GGD, "hash", now));
        assertEquals(GGD, new Account("p", "P", Role.PARTNER, GGD, "hash", now).getOrganisation());
    }

    @Test
    void disabledAccountCanBeEnabledAgain() {
        Account account = new Account("b", "B", Role.BEHEERDER, null, "hash", Instant.now());

        account.disable();
        assertFalse(account.isEnabled());
        account.enable();
        assertTrue(account.isEnabled());
    }

    @Test
    void anAccountNeedsAPasswordHash() {
        assertThrows(IllegalArgumentException.class,
                () -> new Account("b", "B", Role.BEHEERDER, null, " ", Instant.now()));
    }

    @Test
    void aDirectoryAccountFollowsTheDirectoryAndHasNoPasswordOfItsOwn() {
        Account account = Account.fromDirectory("JJansen", "J. Jansen", Role.MEDEWERKER, "j.jansen@leiden.nl",
                Instant.now());

        assertTrue(account.isFromDirectory());
        assertEquals("jjansen", account.getUsername());
        assertEquals(Account.DIRECTORY_PASSWORD, account.getPasswordHash());
        account.syncFromDirectory("Jan Jansen", Role.BEHEERDER, null);
        assertEquals("Jan Jansen", account.getDisplayName());
        assertEquals(Role.BEHEERDER, account.getRole());
        assertEquals(null, account.getEmail());
        assertThrows(IllegalArgumentException.class,
                () -> Account.fromDirectory("p", "P", Role.PARTNER, null, Instant.now()));
        Account local = new Account("b", "B", Role.BEHEERDER, null, "hash", Instant.now());
        assertFalse(local.isFromDirectory());
        assertThrows(IllegalStateException.class, () -> local.syncFromDirectory("B", Role.MEDEWERKER, null));
    }

    @Test
    void aLocalBeheerderMustHaveASecondFactorOthersMay() {
        Instant now = Instant.now();
        assertTrue(new Account("b", "B", Role.BEHEERDER, null, "hash", now).requiresSecondFactor());
        assertFalse(Account.fromDirectory("d", "D", Role.BEHEERDER, null, now).requiresSecondFactor(),
                "the directory's login is the directory's business");
        assertFalse(new Account("p", "P", Role.PARTNER, GGD, "hash", now).requiresSecondFactor());

        Account beheerder = new Account("b", "B", Role.BEHEERDER, null, "hash", now);
        beheerder.enrolSecondFactor("KEY", 100);
        assertTrue(beheerder.hasSecondFactor());
        assertThrows(IllegalStateException.class, beheerder::removeSecondFactor);

        Account partner = new Account("p", "P", Role.PARTNER, GGD, "hash", now);
        partner.enrolSecondFactor("KEY", 100);
        partner.removeSecondFactor();
        assertFalse(partner.hasSecondFactor());
        assertThrows(IllegalArgumentException.class, () -> partner.enrolSecondFactor(" ", 1));
    }

    @Test
    void eachTimeStepsCodeLogsInOnceAndNeverAnEarlierOne() {
        Account account = new Account("p", "P", Role.PARTNER, GGD, "hash", Instant.now());
        account.enrolSecondFactor("KEY", 100);

        assertFalse(account.useCodeOf(100), "the code that set it up");
        assertTrue(account.useCodeOf(101));
        assertFalse(account.useCodeOf(101), "used");
        assertFalse(account.useCodeOf(100), "earlier");
        assertTrue(account.useCodeOf(103));
    }
}
