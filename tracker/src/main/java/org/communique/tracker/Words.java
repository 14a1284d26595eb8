package org.communique.tracker;

import org.communique.store.DialogueKey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Words of names and texts, folded so that case, accents and punctuation do not tell them apart. */
final class Words {
    static final Set<String> STOP = Set.of("a", "an", "the", "of", "and", "on", "for", "in", "to", "at", "with",
            "between", "by", "its", "their", "both", "two", "countries", "this", "that", "which", "will", "be");

    private Words() {}

    /** Lowercase ASCII words; "C5+1" and "2+2" keep their plus, "U.S." becomes "us". */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        String folded = DialogueKey.ascii(text).toLowerCase(Locale.ROOT).replace(".", "").replace("\u2019", "'");
        for (String w : folded.split("[^a-z0-9+']+")) {
            w = w.replaceAll("^'+|'+$", "").replaceAll("'s$", "");
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    /** The words that carry meaning: no small words, in order, each once. */
    static Set<String> content(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : tokens(text)) if (!STOP.contains(w)) out.add(w);
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 0;
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        Set<String> either = new HashSet<>(a);
        either.addAll(b);
        return (double) both.size() / either.size();
    }

    /** Whether {@code small} is non-empty and every word of it is in {@code big}. */
    static boolean within(Set<String> small, Set<String> big) {
        return !small.isEmpty() && big.containsAll(small);
    }

    /** Place names compared loosely: "Washington, D.C." is Washington, "Astana (Nur-Sultan)" is Astana. */
    static boolean samePlace(String a, String b) {
        if (a == null || b == null) return false;
        List<String> x = tokens(a.replaceAll("\\(.*?\\)", ""));
        List<String> y = tokens(b.replaceAll("\\(.*?\\)", ""));
        x.removeAll(List.of("dc", "city"));
        y.removeAll(List.of("dc", "city"));
        if (x.isEmpty() || y.isEmpty()) return false;
        return x.equals(y) || (x.size() < y.size() ? y.containsAll(x) : x.containsAll(y));
    }
}
