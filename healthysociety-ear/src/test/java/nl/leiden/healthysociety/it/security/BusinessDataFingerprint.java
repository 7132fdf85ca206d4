package nl.leiden.healthysociety.it.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.TestDatabase;

/**
 * A hash per business table of everything in it, to show that a refused request changed nothing, and the newest
 * row of the mail outbox, to show it queued no mail (every e-mail goes through the outbox, in the transaction of the
 * change). Left out are the tables that change without a business action: the migration history, the failed-login
 * counts, the timers' record of their runs, and the outbox itself (the mail timer updates it every few seconds); and the time of an account's last
 * login, which every request with HTTP Basic sets.
 */
final class BusinessDataFingerprint {

    private static final Set<String> NOT_BUSINESS = Set.of("flyway_schema_history", "login_throttle",
            "mail_message", "job_claim", "job_run");
    private static final Map<String, List<String>> VOLATILE_COLUMNS = Map.of("account", List.of("last_login_at"));

    private static String query;

    private final Map<String, String> hashes;
    private final long newestMail;

    private BusinessDataFingerprint(Map<String, String> hashes, long newestMail) {
        this.hashes = hashes;
        this.newestMail = newestMail;
    }

    /**
     * Runs the background jobs that change business tables (reminders and retention) now, so that nothing is due
     * while the attempts are fingerprinted: their timers then find no work, and a change can only be the request's.
     */
    static void settleBackgroundJobs(Api beheerder) {
        for (String job : List.of("reminders", "question-reminders", "retention", "question-retention")) {
            Api.Response ran = beheerder.post("api/beheer/jobs/" + job, null);
            if (ran.status() != 200) {
                throw new IllegalStateException("Job " + job + " did not run: " + ran);
            }
        }
    }

    static BusinessDataFingerprint take() {
        try (Connection connection = TestDatabase.connect();
                PreparedStatement statement = connection.prepareStatement(query(connection));
                ResultSet result = statement.executeQuery()) {
            Map<String, String> hashes = new TreeMap<>();
            long newestMail = -1;
            while (result.next()) {
                if (result.getString(1) == null) {
                    newestMail = Long.parseLong(result.getString(2));
                } else {
                    hashes.put(result.getString(1), result.getString(2));
                }
            }
            return new BusinessDataFingerprint(hashes, newestMail);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tables whose content differs from the earlier fingerprint. */
    Set<String> changedSince(BusinessDataFingerprint before) {
        Set<String> tables = new TreeSet<>(hashes.keySet());
        tables.addAll(before.hashes.keySet());
        return tables.stream()
                .filter(table -> !hashes.getOrDefault(table, "").equals(before.hashes.getOrDefault(table, "")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Whether mail was put in the outbox since the earlier fingerprint. */
    boolean mailQueuedSince(BusinessDataFingerprint before) {
        return newestMail > before.newestMail;
    }

    int tableCount() {
        return hashes.size();
    }

    /** One statement over every business table in the schema, found once: a new table is fingerprinted too. */
    private static synchronized String query(Connection connection) throws SQLException {
        if (query == null) {
            List<String> parts = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("select table_name"
                    + " from information_schema.tables where table_schema = current_schema()"
                    + " and table_type = 'BASE TABLE' order by table_name");
                    ResultSet tables = statement.executeQuery()) {
                while (tables.next()) {
                    String table = tables.getString(1);
                    if (!NOT_BUSINESS.contains(table)) {
                        String row = "(to_jsonb(t) - '{" + String.join(",", VOLATILE_COLUMNS.getOrDefault(table,
                                List.of())) + "}'::text[])::text";
                        parts.add("select '" + table + "', md5(coalesce(string_agg(" + row + ", '|' order by " + row
                                + "), '')) from " + table + " t");
                    }
                }
            }
            parts.add("select null, cast(coalesce(max(id), 0) as text) from mail_message");
            query = String.join(" union all ", parts);
        }
        return query;
    }
}
