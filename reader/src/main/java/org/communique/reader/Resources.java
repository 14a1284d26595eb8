package org.communique.reader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the reader's knowledge files: UTF-8, tab-separated, '#' starts a comment line. */
final class Resources {
    private Resources() {}

    static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", -1);
                for (int i = 0; i < cols.length; i++) cols[i] = cols[i].trim();
                rows.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The '|'-separated values of a column ('\\|' is a bar inside a value); '-' means none. */
    static List<String> values(String column) {
        List<String> out = new ArrayList<>();
        if (column == null || column.equals("-") || column.isEmpty()) return out;
        for (String v : column.split("(?<!\\\\)\\|")) {
            if (!v.isBlank()) out.add(v.replace("\\|", "|").trim());
        }
        return out;
    }
}
