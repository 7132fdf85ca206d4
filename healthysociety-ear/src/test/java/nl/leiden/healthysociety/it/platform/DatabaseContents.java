package nl.leiden.healthysociety.it.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a PostgreSQL database of the application holds, read over one connection (so, inside a transaction, all from
 * one snapshot): every table of the public schema with its number of rows and a checksum of their content, the
 * definition of the schema (columns, constraints, indexes, sequences) and where each sequence stands. The tables are
 * read from the catalogue, so a table that a later migration adds is covered without a change here.
 */
record DatabaseContents(Map<String, Table> tables, List<String> schema, Map<String, Long> sequences) {

    /** A table's number of rows and the md5 of all its rows as text (bytea as hex), in a fixed order. */
    record Table(long rows, String checksum) {
    }

    static DatabaseContents read(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
                while (result.next()) {
                    names.add(result.getString(1));
                }
            }
            Map<String, Table> tables = new TreeMap<>();
            for (String name : names) {
                // Ordered by the whole row's text in the C collation: a total order that needs no primary key and
                // does not depend on the order in which the rows happen to be stored.
                try (ResultSet result = statement.executeQuery("select count(*), coalesce(md5(string_agg(t::text,"
                        + " E'\\n' order by t::text collate \"C\")), '') from public.\"" + name + "\" t")) {
                    result.next();
                    tables.put(name, new Table(result.getLong(1), result.getString(2)));
                }
            }
            return new DatabaseContents(tables, schema(statement), sequences(statement));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What Flyway created and Hibernate validates: one line per column, constraint, index and sequence. */
    private static List<String> schema(Statement statement) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (ResultSet result = statement.executeQuery("select line from ("
                + " select concat_ws(' ', 'column', table_name, column_name, data_type, character_maximum_length,"
                + "     numeric_precision, numeric_scale, datetime_precision, is_nullable, column_default,"
                + "     is_identity, identity_generation, collation_name) as line"
                + "   from information_schema.columns where table_schema = 'public'"
                + " union all select concat_ws(' ', 'constraint', conrelid::regclass::text, conname,"
                + "     pg_get_constraintdef(oid))"
                + "   from pg_constraint where connamespace = 'public'::regnamespace"
                + " union all select concat_ws(' ', 'index', indexdef) from pg_indexes where schemaname = 'public'"
                + " union all select concat_ws(' ', 'sequence', sequencename, data_type, start_value, min_value,"
                + "     max_value, increment_by, cycle) from pg_sequences where schemaname = 'public'"
                + ") definitions order by line collate \"C\"")) {
            while (result.next()) {
                lines.add(result.getString(1));
            }
        }
        return lines;
    }

    /** Per sequence the value its next nextval() gives. */
    private static Map<String, Long> sequences(Statement statement) throws SQLException {
        Map<String, Long> sequences = new TreeMap<>();
        try (ResultSet result = statement.executeQuery("select sequencename,"
                + " coalesce(last_value + increment_by, start_value) from pg_sequences where schemaname = 'public'")) {
            while (result.next()) {
                sequences.put(result.getString(1), result.getLong(2));
            }
        }
        return sequences;
    }

    /** The names of the tables whose rows differ from those in the other database, or that only one of them has. */
    List<String> tablesDifferentFrom(DatabaseContents other) {
        Set<String> names = new TreeSet<>(tables.keySet());
        names.addAll(other.tables.keySet());
        return names.stream().filter(name -> !Objects.equals(tables.get(name), other.tables.get(name))).toList();
    }
}
