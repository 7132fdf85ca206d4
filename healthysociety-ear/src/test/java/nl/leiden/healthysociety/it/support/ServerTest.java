package nl.leiden.healthysociety.it.support;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration tests: Arquillian deploys the real EAR to Payara Server 6 (on PostgreSQL) and the tests
 * talk to it over HTTP, as its users and client programs do.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class ServerTest {

    static {
        // The application mails to this server; it must be listening before the first test makes it send.
        TestMail.start();
    }

    @ArquillianResource
    protected URL baseUrl;

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    protected Api api(DemoAccount account) {
        return Api.as(baseUrl, account);
    }

    protected Api anonymous() {
        return Api.anonymous(baseUrl);
    }
}
