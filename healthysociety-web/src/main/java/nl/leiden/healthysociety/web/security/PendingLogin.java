package nl.leiden.healthysociety.web.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A login whose password was right and that waits for the code of the authenticator app: kept in the session for a
 * few minutes, by login name only (never the password).
 */
record PendingLogin(String username, Instant since) implements Serializable {

    /** Session attribute holding the pending login. */
    static final String ATTRIBUTE = PendingLogin.class.getName();

    private static final Duration VALID = Duration.ofMinutes(5);

    boolean isValidAt(Instant now) {
        return now.isBefore(since.plus(VALID));
    }
}
