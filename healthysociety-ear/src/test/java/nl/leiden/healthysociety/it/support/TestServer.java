package nl.leiden.healthysociety.it.support;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * The Payara Server 6 that every integration test talks to, with the EAR this build produced deployed on it exactly as
 * operations deploy it ({@code asadmin deploy}). The server is started and the EAR deployed once for the whole test
 * run, not once per test class: a deployment takes 10-15 seconds, and the classes share one database anyway. At the
 * end of the run the EAR is undeployed and the server stopped.
 * <p>
 * The server inherits this JVM's environment, so the HEALTHYSOCIETY_* variables that failsafe sets (database, mail,
 * directory) configure the application.
 */
public final class TestServer implements BeforeAllCallback {

    private static final String APPLICATION = "healthysociety";
    private static final Namespace NAMESPACE = Namespace.create(TestServer.class);
    private static final long ASADMIN_TIMEOUT_MINUTES = 5;

    private static URL baseUrl;

    /** Starts the server and deploys the EAR when no earlier test class did, and stops both after the last one. */
    @Override
    public void beforeAll(ExtensionContext context) {
        baseUrl();
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Stopper.class);
    }

    /** The address of the application's web module; starts the server first when needed. */
    public static synchronized URL baseUrl() {
        if (baseUrl == null) {
            // The application mails to the SMTP server in this JVM: it listens before the application starts.
            TestMail.start();
            asadmin("start-domain", "domain1");
            asadmin("deploy", "--force=true", "--name", APPLICATION, ear().getAbsolutePath());
            try {
                baseUrl = URI.create("http://localhost:8080/").toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        return baseUrl;
    }

    private static File ear() {
        File ear = new File(System.getProperty("it.ear", "target/healthysociety-ear.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first (mvn package): " + ear.getAbsolutePath());
        }
        return ear;
    }

    /** Runs asadmin against the test server's installation and returns what it printed; fails when asadmin does. */
    public static String asadmin(String... arguments) {
        String home = System.getProperty("it.payara.home");
        if (home == null) {
            throw new IllegalStateException("it.payara.home is not set: run the tests through Maven (scripts/test)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(home, "bin", "asadmin").toString());
        command.add("--interactive=false");
        command.addAll(List.of(arguments));
        try {
            Path output = Files.createTempFile("asadmin", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(ASADMIN_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("asadmin " + arguments[0] + " did not finish in "
                        + ASADMIN_TIMEOUT_MINUTES + " minutes");
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            Files.delete(output);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed:\n" + text);
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException("Could not run asadmin " + arguments[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Closed by JUnit when the whole run is over. */
    private static final class Stopper implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            synchronized (TestServer.class) {
                if (baseUrl != null) {
                    baseUrl = null;
                    try {
                        asadmin("undeploy", APPLICATION);
                    } finally {
                        asadmin("stop-domain", "domain1");
                    }
                }
            }
        }
    }
}
