package org.communique.reader;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A knowledge file of named word lists: a list's name, a tab, its words between '|', lower-cased. */
final class WordLists {
    private final String file;
    private final Map<String, Set<String>> lists;

    private WordLists(String file, Map<String, Set<String>> lists) {
        this.file = file;
        this.lists = lists;
    }

    static WordLists load(String file) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String[] r : Resources.rows(file)) {
            Set<String> words = new HashSet<>();
            for (String w : Resources.values(r[1])) words.add(w.toLowerCase(Locale.ROOT));
            out.put(r[0], Set.copyOf(words));
        }
        return new WordLists(file, Map.copyOf(out));
    }

    /** One list; a name the file lacks is a bug, not an empty list. */
    Set<String> get(String name) {
        Set<String> words = lists.get(name);
        if (words == null) throw new IllegalStateException(file + " has no list " + name);
        return words;
    }

    /** Whether one of the phrases of a list stands in {@code lower} as whole words. */
    boolean anyIn(String name, String lower) {
        for (String p : get(name)) if (Words.containsWords(lower, p)) return true;
        return false;
    }
}
