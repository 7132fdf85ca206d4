package nl.leiden.healthysociety.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginBackingTest {

    @Test
    void returnsToTheRequestedPageWithinTheApplication() {
        assertEquals("/intranet/organisaties?x=1", LoginBacking.safeTarget("/intranet/organisaties?x=1"));
    }

    @Test
    void neverSendsTheVisitorToAnotherSiteOrBackToLogin() {
        assertEquals("/intranet/start", LoginBacking.safeTarget(null));
        assertEquals("/intranet/start", LoginBacking.safeTarget("//evil.example/"));
        assertEquals("/intranet/start", LoginBacking.safeTarget("https://evil.example/"));
        assertEquals("/intranet/start", LoginBacking.safeTarget("/\\evil.example"));
        assertEquals("/intranet/start", LoginBacking.safeTarget("/login"));
    }
}
