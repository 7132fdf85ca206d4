package nl.leiden.healthysociety.it.security;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The state of every business table, per table, to show that an attempt changed nothing. Left out is what changes by
 * itself: the failed-login counts, the mail outbox that the mail timer sends and marks, Flyway's own table, the
 * timers' record of their runs, and the two columns in which the reminder timers note that they reminded.
 */
record DatabaseFingerprint(Map<String, String> tables) {

    private static final Set<String> SKIPPED_TABLES = Set.of("login_throttle", "mail_message",
            "flyway_schema_history", "job_claim", "job_run");
    /** table.column written by the background timers (ScheduledJobs), not by anyone's action. */
    private static final Set<String> SKIPPED_COLUMNS = Set.of("meeting.reminders_sent_at", "question.reminded_at");

    private static String query;

    /**
     * The database as it is now, read over this connection (a fingerprint is taken several times per row: one
     * connection saves setting one up each time); and the answers to these queries (each giving one text), for what
     * the tables left out hold about the object at hand.
     */
    static DatabaseFingerprint take(Connection connection, String... watched) {
        try (Statement statement = connection.createStatement()) {
            Map<String, String> tables = new TreeMap<>();
            try (ResultSet result = statement.executeQuery(query(connection))) {
                while (result.next()) {
                    tables.put(result.getString(1), result.getString(2));
                }
            }
            for (String sql : watched) {
                try (ResultSet result = statement.executeQuery(sql)) {
                    tables.put(sql, result.next() ? String.valueOf(result.getString(1)) : "");
                }
            }
            return new DatabaseFingerprint(tables);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tables whose rows differ from those in the other fingerprint. */
    List<String> changedSince(DatabaseFingerprint earlier) {
        return tables.keySet()
                .stream()
                .filter(table -> !tables.get(table).equals(earlier.tables.get(table)))
                .toList();
    }

    /**
     * One statement for all tables, built once from the schema as Flyway left it, so that a new table is covered
     * without a change here. Per table the number of rows and the newest transaction that wrote one (PostgreSQL's
     * xmin): an insert or an update makes a row version of a newer transaction, a delete lowers the count, and
     * nothing of the rows needs to be read as text. A table in which a timer writes a column gets, instead, the
     * exclusive or of a hash of each row without that column.
     */
    private static synchronized String query(Connection connection) throws SQLException {
        if (query == null) {
            Map<String, List<String>> columns = new LinkedHashMap<>();
            Set<String> partly = new HashSet<>();
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("select table_name, column_name"
                            + " from information_schema.columns where table_schema = 'public'"
                            + " order by table_name, ordinal_position")) {
                while (result.next()) {
                    String table = result.getString(1);
                    String column = result.getString(2);
                    if (SKIPPED_COLUMNS.contains(table + "." + column)) {
                        partly.add(table);
                    } else if (!SKIPPED_TABLES.contains(table)) {
                        columns.computeIfAbsent(table, name -> new ArrayList<>()).add('"' + column + '"');
                    }
                }
            }
            if (columns.size() < 40) {
                throw new IllegalStateException("Expected the application's tables, found " + columns.keySet());
            }
            query = columns.entrySet()
                    .stream()
                    .map(table -> "select '" + table.getKey() + "', count(*) || ':' || " + (partly.contains(table
                            .getKey())
                                    ? "coalesce(bit_xor(hashtextextended(row(" + String.join(", ", table.getValue())
                                            + ")::text, 0)), 0)"
                                    : "coalesce(max(xmin::text::bigint), 0)")
                            + " from \"" + table.getKey() + "\"")
                    .collect(Collectors.joining(" union all "));
        }
        return query;
    }
}
