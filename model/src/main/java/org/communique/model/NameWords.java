package org.communique.model;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How names of people are written (name-words.tsv): forms of address before a name, particles inside it, letters
 * and suffixes after it. The reader finds names with these words and the tracker compares them with the same, so
 * that both agree on where a name starts and ends.
 */
public final class NameWords {
    private static final Map<String, List<String>> LISTS = load();

    private NameWords() {}

    /** Forms of address before a name, lower-cased ("dr", "sheikh", "h" and "e" of "H.E."). */
    public static Set<String> honorifics() {
        return lower("honorifics");
    }

    /** Small words that belong to the word after them ("bin", "von"), lower-cased. */
    public static Set<String> particles() {
        return lower("particles");
    }

    /** Letters after a name as written ("MP", "KCMG"): their case tells them from a name. */
    public static Set<String> postNominals() {
        return Set.copyOf(list("post-nominals"));
    }

    /** Generational suffixes as written ("Jr", "III"). */
    public static Set<String> suffixes() {
        return Set.copyOf(list("name-suffixes"));
    }

    private static Set<String> lower(String name) {
        return list(name).stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> list(String name) {
        List<String> words = LISTS.get(name);
        if (words == null) throw new IllegalStateException("name-words.tsv has no list " + name);
        return words;
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> lists = new HashMap<>();
        for (Map.Entry<String, List<String>> list : WordListFile.read(NameWords.class, "name-words.tsv")) {
            if (lists.put(list.getKey(), list.getValue()) != null) {
                throw new IllegalStateException("name-words.tsv lists " + list.getKey() + " twice");
            }
        }
        return Map.copyOf(lists);
    }
}
