package nl.leiden.healthysociety.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.PageSession;
import nl.leiden.healthysociety.it.support.ServerLog;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestAccounts;
import nl.leiden.healthysociety.it.support.TestDatabase;

/**
 * Password guessing is slowed and then blocked, per account and per source address, with a clear message, and
 * the security event log records it without names or passwords. The tests use accounts of their own (copies of a
 * demo partner, so the demo accounts are never blocked) and made-up addresses passed through the trusted proxy
 * header, so the tests' own address is never blocked.
 */
class BruteForceIT extends ServerTest {

    private static final String INBOX = "api/intranet/questions";
    private static final String WRONG = "geraden-wachtwoord-1";

    @Test
    void anAccountIsSlowedThenBlockedEvenForTheRightPasswordAndTheLogSaysSo() {
        String username = account();
        String address = address("203.0.113");
        long logStart = ServerLog.size();
        Api guesser = Api.as(baseUrl, username, WRONG).from(address);

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertEquals(401, guesser.get(INBOX).status(), "attempt " + attempt);
        }
        long started = System.nanoTime();
        assertEquals(401, guesser.get(INBOX).status(), "attempt 4");
        assertTrue((System.nanoTime() - started) / 1_000_000 >= 1500, "the fourth failure is answered later");
        Api.Response fifth = guesser.get(INBOX);
        assertEquals(429, fifth.status(), fifth::toString);
        assertNotNull(fifth.header("Retry-After"));
        assertTrue(fifth.json().getString("title").startsWith("Te veel mislukte inlogpogingen"), fifth::toString);

        assertEquals(429, Api.as(baseUrl, username, DemoAccount.PASSWORD).from(address).get(INBOX).status());
        assertEquals(429, Api.as(baseUrl, username, DemoAccount.PASSWORD).from(address("192.0.2")).get(INBOX)
                .status(), "the account is blocked from any address");
        assertEquals(200, api(DemoAccount.PARTNER_HSL).from(address).get(INBOX).status(),
                "other accounts from the same address still log in");

        List<String> log = ServerLog.linesSince(logStart, lines -> lines.stream().anyMatch(line -> line.contains(
                "result=BLOCKED") && line.contains("origin=" + address)));
        assertTrue(log.stream().anyMatch(line -> line.contains("security-event action=LOGIN result=REFUSED")
                && line.contains("origin=" + address)), String.join("\n", log));
        assertTrue(log.stream().anyMatch(line -> line.contains("security-event action=LOGIN result=BLOCKED")
                && line.contains("origin=" + address)), String.join("\n", log));
        assertFalse(log.stream().anyMatch(line -> line.contains(username) || line.contains(WRONG)
                || line.contains(DemoAccount.PASSWORD)), "no login names or passwords in the log");
        assertEquals(0, TestDatabase.number("select count(*) from login_throttle where key_hash like ?",
                "%" + username + "%"));
    }

    @Test
    void anAddressIsBlockedAfterManyFailuresWhileOtherAddressesStillLogIn() {
        String address = address("198.51.100");
        for (int attempt = 1; attempt < 20; attempt++) {
            assertEquals(401, Api.as(baseUrl, "onbekend-" + attempt, WRONG).from(address).get(INBOX).status());
        }
        assertEquals(429, Api.as(baseUrl, "onbekend-20", WRONG).from(address).get(INBOX).status());

        assertEquals(429, api(DemoAccount.MEDEWERKER).from(address).get(INBOX).status());
        assertEquals(200, api(DemoAccount.MEDEWERKER).from(address("198.18.0")).get(INBOX).status());
        assertEquals(200, api(DemoAccount.MEDEWERKER).get(INBOX).status());
    }

    @Test
    void theLoginPageSaysWhenToTryAgain() {
        String username = account();
        PageSession person = new PageSession(baseUrl).withHeader("X-Forwarded-For", address("203.0.113"));
        HttpResponse<String> page = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            page = person.tryLogin(username, WRONG);
        }

        assertTrue(page.body().contains("Te veel mislukte inlogpogingen"), page.body());
        assertTrue(person.tryLogin(username, DemoAccount.PASSWORD).body().contains("Te veel mislukte inlogpogingen"));
        assertTrue(person.get("intranet/start").uri().getPath().endsWith("/login"), "not logged in");
    }

    @Test
    void refusedAccessIsLoggedWithTheAccountAndWhatWasAsked() {
        long logStart = ServerLog.size();
        long partnerId = TestDatabase.number("select id from account where username = ?",
                DemoAccount.PARTNER_GGD.username());

        assertEquals(403, api(DemoAccount.PARTNER_GGD).post("api/beheer/jobs/mail", null).status());
        assertEquals(403, new PageSession(baseUrl).login(DemoAccount.PARTNER_GGD).get("beheer/persoonsgegevens")
                .statusCode());

        List<String> log = ServerLog.linesSince(logStart, lines -> lines.stream().anyMatch(line -> line.contains(
                "object=GET_/beheer/persoonsgegevens")));
        assertTrue(
                log.stream().anyMatch(line -> line.contains("security-event action=ACCESS result=DENIED actor=account:"
                        + partnerId + " object=POST_/api/beheer/jobs/mail")),
                String.join("\n", log));
        assertTrue(
                log.stream().anyMatch(line -> line.contains("security-event action=ACCESS result=DENIED actor=account:"
                        + partnerId + " object=GET_/beheer/persoonsgegevens")),
                String.join("\n", log));
    }

    /** A fresh partner account with the demo password: a copy of the GGD's demo partner under a new name. */
    private static String account() {
        return TestAccounts.copyOf(DemoAccount.PARTNER_GGD, "gokdoel");
    }

    private static String address(String network) {
        return network + "." + ThreadLocalRandom.current().nextInt(1, 255);
    }
}
