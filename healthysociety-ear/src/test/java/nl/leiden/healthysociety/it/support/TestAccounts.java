package nl.leiden.healthysociety.it.support;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Accounts of a test's own, so that what the test does to them (blocking, a second factor) touches no other test:
 * copies of a demo account, with its password, under a new name.
 */
public final class TestAccounts {

    private TestAccounts() {
    }

    /** A copy of this demo account (same role, organisation and password, no second factor); its login name. */
    public static String copyOf(DemoAccount template, String prefix) {
        String username = prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        TestDatabase.update("insert into account (version, username, display_name, role, organisation_id,"
                + " password_hash, enabled, created_at, email, source) select 0, ?, ?, role, organisation_id,"
                + " password_hash, true, created_at, null, 'LOCAL' from account where username = ?", username,
                "Test " + prefix, template.username());
        return username;
    }

    public static long id(String username) {
        return TestDatabase.number("select id from account where username = ?", username);
    }
}
