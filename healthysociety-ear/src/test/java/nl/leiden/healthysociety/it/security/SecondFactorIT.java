package nl.leiden.healthysociety.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.PageSession;
import nl.leiden.healthysociety.it.support.SecondFactorSetup;
import nl.leiden.healthysociety.it.support.ServerLog;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestAccounts;
import nl.leiden.healthysociety.it.support.TestDatabase;
import nl.leiden.healthysociety.it.support.TestTotp;

/**
 * Two-factor login with an authenticator app (TOTP): required for beheerders, optional for others. On screen the
 * code is a second step after the password and works once; the API takes it in a header. A beheerder without one
 * can do nothing but set it up. Each test uses accounts of its own.
 */
class SecondFactorIT extends ServerTest {

    private static final String INBOX = "api/intranet/questions";

    @Test
    void theApiWantsTheBeheerdersCodeInAHeader() {
        Api withoutCode = Api.as(baseUrl, DemoAccount.BEHEERDER.username(), DemoAccount.PASSWORD);
        Api.Response refused = withoutCode.get("api/beheer/persoonsgegevens");
        assertEquals(401, refused.status(), refused::toString);
        assertTrue(refused.body().contains("X-Verification-Code"), refused::toString);

        Api wrongCode = withoutCode.withSecondFactor("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        assertEquals(401, wrongCode.get(INBOX).status());
        assertEquals(200, api(DemoAccount.BEHEERDER).get(INBOX).status());
    }

    @Test
    void onScreenTheCodeIsASecondStepAndWorksOnce() {
        String username = TestAccounts.copyOf(DemoAccount.PARTNER_GGD, "tweestaps");
        String key = enrol(username);

        PageSession first = new PageSession(baseUrl);
        HttpResponse<String> codePage = first.tryLogin(username, DemoAccount.PASSWORD);
        assertTrue(codePage.body().contains("id=\"code:verification\""), "the code step follows the password");
        assertFalse(codePage.uri().getPath().startsWith("/intranet"), "not logged in yet");
        assertEquals("/login", first.get("intranet/start").uri().getPath(), "nothing of the intranet before the code");

        HttpResponse<String> wrong = first.sendCode(codePage.body(), "000000".equals(TestTotp.now(key))
                ? "111111"
                : "000000");
        assertTrue(wrong.body().contains("Deze code klopt niet"), wrong.body());

        String code = TestTotp.unusedCode(username, key);
        HttpResponse<String> in = first.sendCode(wrong.body(), code);
        assertEquals("/intranet/start", in.uri().getPath());

        PageSession replay = new PageSession(baseUrl);
        HttpResponse<String> again = replay.sendCode(replay.tryLogin(username, DemoAccount.PASSWORD).body(), code);
        assertEquals("/login", again.uri().getPath(), "a used code does not log in a second time");
        assertTrue(again.body().contains("Deze code klopt niet of is al gebruikt"), again.body());
    }

    @Test
    void aPartnerTurnsTheSecondFactorOffWithACodeAndLogsInWithThePasswordAgain() {
        String username = TestAccounts.copyOf(DemoAccount.PARTNER_GGD, "uitzetten");
        String key = enrol(username);
        assertEquals(401, Api.as(baseUrl, username, DemoAccount.PASSWORD).get(INBOX).status());

        PageSession partner = new PageSession(baseUrl);
        partner.sendCode(partner.tryLogin(username, DemoAccount.PASSWORD).body(), TestTotp.unusedCode(username, key));
        HttpResponse<String> page = partner.get("intranet/tweestapsverificatie");
        assertTrue(page.body().contains("id=\"remove\""), "a partner may turn it off");
        Map<String, String> fields = SecondFactorSetup.form("remove", page.body());
        fields.put("remove:removeCode", TestTotp.unusedCode(username, key));
        fields.put("remove:removeButton", "remove:removeButton");
        partner.post(partner.formAction(page.body(), "remove"), fields);

        assertEquals(200, Api.as(baseUrl, username, DemoAccount.PASSWORD).get(INBOX).status());
    }

    @Test
    void aBeheerderWithoutASecondFactorCanOnlySetItUp() {
        String username = TestAccounts.copyOf(DemoAccount.BEHEERDER, "nieuwe-beheerder");
        Api.Response api = Api.as(baseUrl, username, DemoAccount.PASSWORD).get(INBOX);
        assertEquals(401, api.status(), api::toString);
        assertTrue(api.body().contains("Stel eerst tweestapsverificatie in"), api::toString);

        long logPosition = ServerLog.size();
        PageSession beheerder = new PageSession(baseUrl);
        HttpResponse<String> landing = beheerder.tryLogin(username, DemoAccount.PASSWORD);
        assertEquals("/intranet/tweestapsverificatie", landing.uri().getPath());
        assertEquals("/intranet/tweestapsverificatie", beheerder.get("beheer/accounts").uri().getPath());
        assertEquals("/intranet/tweestapsverificatie", beheerder.get("intranet/organisaties").uri().getPath());
        assertEquals(403, beheerder.postJson("api/intranet/organisaties", "{}", "Origin", origin()).statusCode());

        String key = SecondFactorSetup.secretOn(landing.body());
        HttpResponse<String> done = SecondFactorSetup.submit(beheerder, landing.body(), TestTotp.now(key));
        assertEquals("/intranet/start", done.uri().getPath());
        assertEquals("/beheer/accounts", beheerder.get("beheer/accounts").uri().getPath());

        HttpResponse<String> status = beheerder.get("intranet/tweestapsverificatie");
        assertTrue(status.body().contains("verplicht"), "a beheerder cannot turn it off");
        assertFalse(status.body().contains("id=\"remove\""));
        assertEquals(200, Api.as(baseUrl, username, DemoAccount.PASSWORD).withSecondFactor(key).get(INBOX).status());
        long id = TestAccounts.id(username);
        List<String> log = ServerLog.linesSince(logPosition, lines -> lines.stream().anyMatch(line -> line.contains(
                "action=SECOND_FACTOR result=SUCCESS actor=account:" + id)));
        assertTrue(log.stream().anyMatch(line -> line.contains("security-event action=SECOND_FACTOR result=SUCCESS"
                + " actor=account:" + id)), String.join("\n", log));
        assertFalse(log.stream().anyMatch(line -> line.contains(key)), "the key is never logged");
    }

    @Test
    void aWrongCodeAtSetUpKeepsTheAccountWithoutSecondFactor() {
        String username = TestAccounts.copyOf(DemoAccount.MEDEWERKER, "verkeerd");
        PageSession medewerker = new PageSession(baseUrl).login(username, DemoAccount.PASSWORD);
        HttpResponse<String> page = medewerker.get("intranet/tweestapsverificatie");
        String key = SecondFactorSetup.secretOn(page.body());
        HttpResponse<String> refused = SecondFactorSetup.submit(medewerker, page.body(), TestTotp.code(key, TestTotp
                .currentStep() - 5));

        assertTrue(refused.body().contains("Deze code klopt niet"), refused.body());
        assertEquals(200, Api.as(baseUrl, username, DemoAccount.PASSWORD).get(INBOX).status());
    }

    /** Sets up a second factor for this account on screen, as its person does; the key. */
    private String enrol(String username) {
        String key = SecondFactorSetup.enrol(new PageSession(baseUrl).login(username, DemoAccount.PASSWORD));
        assertEquals(0, TestDatabase.number("select count(*) from audit_entry where changes like ?", "%" + key
                + "%"), "the key never enters the audit trail");
        return key;
    }

    private String origin() {
        return baseUrl.getProtocol() + "://" + baseUrl.getHost() + ":" + baseUrl.getPort();
    }
}
