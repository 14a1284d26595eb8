package org.communique.store;

import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.List;

/**
 * Rows for PostgreSQL's {@code COPY ... FROM STDIN} in its text format: loading many rows this way costs a
 * fraction of what INSERTs do, batched or not. Values are strings, numbers, lists of strings (text[]) or null.
 */
final class CopyRows {
    private final String sql;
    private final int width;
    private final StringBuilder rows = new StringBuilder(1 << 16);
    private int count;

    CopyRows(String table, String... columns) {
        this.sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        this.width = columns.length;
    }

    CopyRows add(Object... values) {
        if (values.length != width) throw new IllegalArgumentException(width + " values expected, got " + values.length);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) rows.append('\t');
            Object v = values[i];
            if (v == null) rows.append("\\N");
            else if (v instanceof List<?> list) text(array(list));
            else if (v instanceof Number) rows.append(v);
            else text(v.toString());
        }
        rows.append('\n');
        count++;
        return this;
    }

    /** Sends the rows on the handle's connection, inside its transaction. */
    void copy(Handle h) {
        if (count == 0) return;
        try {
            h.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
        } catch (SQLException | IOException e) {
            throw new StoreException("the rows could not be stored (" + sql + "): " + Database.firstLine(e));
        }
    }

    /** The text form of a text[] value: every element quoted, so commas, braces and "NULL" stay text. */
    private static String array(List<?> values) {
        StringBuilder sb = new StringBuilder("{");
        for (Object o : values) {
            if (sb.length() > 1) sb.append(',');
            sb.append('"');
            String s = String.valueOf(o);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') sb.append('\\');
                sb.append(c);
            }
            sb.append('"');
        }
        return sb.append('}').toString();
    }

    /**
     * COPY's text escapes: a backslash, a tab or a line break inside a value would end it. The runs between them are
     * appended whole: the record's JSON alone is some 13 KB a statement, and a char at a time was most of the writer's
     * own time.
     */
    private void text(String s) {
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            String escaped = switch (s.charAt(i)) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (escaped != null) {
                rows.append(s, from, i).append(escaped);
                from = i + 1;
            }
        }
        rows.append(s, from, s.length());
    }
}
