package org.communique.reader;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A knowledge file of named word lists: a list's name, a tab, its words between '|', lower-cased. */
final class WordLists {
    private final String file;
    private final Map<String, Set<String>> lists;
    private final Map<String, Set<String>> asWritten;

    private WordLists(String file, Map<String, Set<String>> lists, Map<String, Set<String>> asWritten) {
        this.file = file;
        this.lists = lists;
        this.asWritten = asWritten;
    }

    static WordLists load(String file) {
        Map<String, Set<String>> lower = new HashMap<>();
        Map<String, Set<String>> written = new HashMap<>();
        for (String[] r : Resources.rows(file)) {
            Set<String> words = new HashSet<>();
            for (String w : Resources.values(r[1])) words.add(w.toLowerCase(Locale.ROOT));
            // hash sets, not Set.copyOf: its lookups divide (floorMod), and stages ask for every token
            lower.put(r[0], Collections.unmodifiableSet(words));
            written.put(r[0], Collections.unmodifiableSet(new HashSet<>(Resources.values(r[1]))));
        }
        return new WordLists(file, Map.copyOf(lower), Map.copyOf(written));
    }

    /** One list, lower-cased; a name the file lacks is a bug, not an empty list. */
    Set<String> get(String name) {
        return known(lists, name);
    }

    /** One list as the file writes it, for words whose case tells ("MP", "Jr"). */
    Set<String> asWritten(String name) {
        return known(asWritten, name);
    }

    private Set<String> known(Map<String, Set<String>> from, String name) {
        Set<String> words = from.get(name);
        if (words == null) throw new IllegalStateException(file + " has no list " + name);
        return words;
    }

    /** Whether one of the phrases of a list stands in {@code lower} as whole words. */
    boolean anyIn(String name, String lower) {
        for (String p : get(name)) if (Words.containsWords(lower, p)) return true;
        return false;
    }
}
