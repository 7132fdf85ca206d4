package nl.leiden.healthysociety.it.support;

import java.net.URL;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration tests: the real EAR runs on Payara Server 6 (on PostgreSQL), deployed once for the run by
 * {@link TestServer}, and the tests talk to it over HTTP, as its users and client programs do.
 */
@ExtendWith(TestServer.class)
public abstract class ServerTest {

    static {
        // The application mails to this server; it must be listening before the first test makes it send.
        TestMail.start();
    }

    protected final URL baseUrl = TestServer.baseUrl();

    protected Api api(DemoAccount account) {
        return Api.as(baseUrl, account);
    }

    protected Api anonymous() {
        return Api.anonymous(baseUrl);
    }
}
