package org.communique.reader;

import java.util.Locale;
import java.util.Map;

/** Ordinal words and numbers: "fifth", "5th", "Twelfth", "inaugural". */
final class Ordinals {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("inaugural", 1), Map.entry("second", 2), Map.entry("third", 3),
            Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7),
            Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11),
            Map.entry("twelfth", 12), Map.entry("thirteenth", 13), Map.entry("fourteenth", 14),
            Map.entry("fifteenth", 15), Map.entry("sixteenth", 16), Map.entry("seventeenth", 17),
            Map.entry("eighteenth", 18), Map.entry("nineteenth", 19), Map.entry("twentieth", 20),
            Map.entry("thirtieth", 30));

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
