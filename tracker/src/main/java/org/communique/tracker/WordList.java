package org.communique.tracker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/** A list of words kept as data beside the tracker's classes: one word a line, {@code #} starts a comment. */
final class WordList {
    private WordList() {}

    static Set<String> load(String name) {
        try (InputStream in = WordList.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the tracker's word list " + name + " is missing");
            Set<String> words = new LinkedHashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String w = line.replaceFirst("#.*", "").strip();
                if (!w.isEmpty()) words.add(w);
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
