package org.communique.reader;

import java.util.Locale;
import java.util.Map;

/** Ordinal words and numbers: "fifth", "5th", "Twelfth", "inaugural". */
final class Ordinals {
    private static final Map<String, Integer> WORDS = Knowledge.get().ordinals;

    private Ordinals() {}

    /** The number a word stands for as an ordinal, or null: "fifth" and "5th" are 5. */
    static Integer of(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer known = WORDS.get(w);
        if (known != null) return known;
        int n = w.length();
        if (n < 3 || n > 5 || !Character.isDigit(w.charAt(0))) return null;
        String suffix = w.substring(n - 2);
        if (!suffix.equals("st") && !suffix.equals("nd") && !suffix.equals("rd") && !suffix.equals("th")) return null;
        for (int i = 0; i < n - 2; i++) if (!Character.isDigit(w.charAt(i))) return null;
        return Integer.parseInt(w.substring(0, n - 2));
    }

    static boolean isOrdinal(String word) {
        return of(word) != null;
    }
}
