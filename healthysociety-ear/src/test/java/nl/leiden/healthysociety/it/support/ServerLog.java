package nl.leiden.healthysociety.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** The test server's log, as operations read it: for checking what the security event log says, and does not. */
public final class ServerLog {

    private ServerLog() {
    }

    /** The lines written from this position on (see {@link #size()}). */
    public static List<String> linesSince(long position) {
        try {
            byte[] all = Files.readAllBytes(file());
            // A shorter file was rotated since (at 2 MB, or when the log format changes): all of it is new.
            int from = position > all.length ? 0 : (int) position;
            return new String(all, from, all.length - from, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The lines written from this position on, once they show what the test expects or after ten seconds: Payara
     * writes its log from a queue, a moment after the request that logged.
     */
    public static List<String> linesSince(long position, Predicate<List<String>> expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> lines = linesSince(position);
        while (!expected.test(lines) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            lines = linesSince(position);
        }
        return lines;
    }

    /** Where the log ends now. */
    public static long size() {
        try {
            return Files.size(file());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path file() {
        return Path.of(System.getProperty("it.server.log"));
    }
}
