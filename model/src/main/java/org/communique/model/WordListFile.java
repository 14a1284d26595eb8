package org.communique.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Named word lists kept as data beside a class (name-words.tsv, the scorer's country words): a line is a list's name,
 * a tab and its words separated by '|'; blank lines and lines that start with '#' are passed over.
 */
public final class WordListFile {
    private WordListFile() {}

    /** Each list of {@code resource} (found as {@code owner} finds it) as its name and words, in the file's order. */
    public static List<Map.Entry<String, List<String>>> read(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            List<Map.Entry<String, List<String>>> lists = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                if (cols.length != 2) throw new IllegalStateException(resource + ": not a list and its words: " + line);
                lists.add(Map.entry(cols[0].strip(), List.of(cols[1].strip().split("\\|"))));
            }
            return lists;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
