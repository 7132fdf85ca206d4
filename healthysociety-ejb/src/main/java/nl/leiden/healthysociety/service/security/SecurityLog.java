package nl.leiden.healthysociety.service.security;

import java.lang.System.Logger.Level;

/**
 * The security event log: logins, logouts, failed and blocked logins, refused access. Each line says who (an
 * account id, never a name), did what, to what, with which result, from where and (through the log) when. It never
 * holds passwords, tokens, login names as typed, or personal data of registrants and askers. Operations route the
 * logger {@code healthysociety.security} to their SIEM.
 */
public final class SecurityLog {

    private static final System.Logger LOG = System.getLogger("healthysociety.security");

    /** What happened. */
    public enum Action {
        LOGIN, LOGOUT, ACCESS, PASSWORD, SECOND_FACTOR
    }

    /** How it ended. */
    public enum Result {
        SUCCESS, REFUSED, BLOCKED, DENIED,
        /** The password was right; the login waits for the code of the authenticator app. */
        CODE_REQUIRED, REMOVED
    }

    private SecurityLog() {
    }

    /**
     * Logs one event.
     *
     * @param actor the account id of who acted, or null if unknown (a failed login for a name without an account)
     * @param object what was acted on, such as {@code account:12} or a path; never personal data
     * @param origin the source address the request came from
     */
    public static void event(Action action, Result result, Long actor, String object, String origin) {
        LOG.log(result == Result.SUCCESS || result == Result.CODE_REQUIRED ? Level.INFO : Level.WARNING,
                "security-event action={0} result={1} actor={2} object={3} origin={4}", action, result,
                actor == null ? "-" : "account:" + actor, clean(object), clean(origin));
    }

    /** Keeps a log line one line: no line breaks or control characters from a request end up in it. */
    static String clean(String text) {
        return text == null ? "-" : text.replaceAll("[\\p{Cntrl}\\s]+", "_");
    }
}
