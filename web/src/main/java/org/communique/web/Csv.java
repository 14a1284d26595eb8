package org.communique.web;

import io.javalin.http.Context;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * An export as RFC 4180 CSV, written by Commons CSV: a header row, then one row per record. A list in a cell is
 * joined with semicolons. A cell that a spreadsheet would run as a formula (one that starts with = + - @, a tab or
 * a carriage return) is prefixed with an apostrophe; numbers are left as they are.
 */
final class Csv {
    private final StringBuilder out = new StringBuilder();
    private final List<String> columns;
    private final CSVPrinter printer;

    Csv(List<String> columns) {
        this.columns = columns;
        try {
            printer = CSVFormat.RFC4180.print(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row(columns);
    }

    Csv row(List<?> cells) {
        try {
            printer.printRecord(cells.stream().map(Csv::cell).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail; Appendable says it might
        }
        return this;
    }

    /** A row of the values {@code named} holds under this export's columns, in their order. */
    Csv row(Map<String, ?> named) {
        return row(columns.stream().map(named::get).toList());
    }

    static String cell(Object v) {
        if (v == null) return "";
        String s = v instanceof List<?> l ? String.join(";", l.stream().map(String::valueOf).toList()) : String.valueOf(v);
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !(v instanceof Number)) s = "'" + s;
        return s;
    }

    /** Sends the rows as the download {@code NAME.csv}. */
    void send(Context ctx, String name) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(out.toString());
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
