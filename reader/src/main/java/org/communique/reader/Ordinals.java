package org.communique.reader;

import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Set;

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

    /**
     * The number the token at {@code i} gives as a round's ordinal, read with its neighbours: "Twenty-Second" is 22
     * (read at "Twenty", never at "Second"), "the XII Meeting" is 12 (the Roman numbers of Spanish and Portuguese
     * usage, only between "the" and a capitalised word, so that "Mohammed VI" is none); "the second day of" counts
     * days, not rounds.
     */
    static Integer at(Tokens t, int i) {
        if (i >= 2 && compound(t, i - 2)) return null;
        Integer n;
        int next = i + 1;
        if (compound(t, i) && of(t.lower(i + 2)) != null && of(t.lower(i + 2)) < 10) {
            n = WORDS.get(t.lower(i) + "-") + of(t.lower(i + 2));
            next = i + 3;
        } else {
            n = of(t.lower(i));
            if (n == null) n = roman(t, i);
        }
        if (n == null || next < t.size() && NOT_ROUNDS.contains(t.lower(next)) || besideAnother(t, i)) return null;
        return aDay(t, i, next) ? null : n;
    }

    /** "the 3rd of May", "May 3rd": a day of a month, written as an ordinal. */
    private static boolean aDay(Tokens t, int i, int next) {
        Map<String, Integer> months = Knowledge.get().months;
        boolean ofMonth = next + 1 < t.size() && t.lower(next).equals("of") && months.containsKey(t.lower(next + 1));
        boolean afterMonth = i >= 1 && months.containsKey(t.lower(i - 1)) && t.isCapitalized(i - 1);
        return ofMonth || afterMonth;
    }

    /** "on the sidelines of the 43rd ASEAN Summit", "ahead of the": the number of another event, held beside the round. */
    static boolean besideAnother(Tokens t, int i) {
        StringBuilder before = new StringBuilder();
        int from = i - 1;
        if (from >= 0 && t.lower(from).equals("the")) from--;
        for (int j = Math.max(0, from - 5); j <= from; j++) before.append(' ').append(t.lower(j));
        String b = before.toString().replace(" - ", "-");
        for (String phrase : BESIDE) if (b.endsWith(phrase)) return true;
        return false;
    }

    /** The "beside" phrases, each after a space, made once rather than at every candidate. */
    private static final List<String> BESIDE = Knowledge.get().roundWords.get("beside").stream().map(p -> " " + p).toList();

    private static final Set<String> NOT_ROUNDS = Knowledge.get().roundWords.get("not-rounds");

    /** "Twenty-" at {@code i}: the tens of a compound written with a hyphen, its unit two tokens on. */
    private static boolean compound(Tokens t, int i) {
        return i + 2 < t.size() && PhraseMatcher.isHyphen(t, i + 1) && t.touching(i) && t.touching(i + 1)
                && WORDS.containsKey(t.lower(i) + "-");
    }

    /** "XII" in "the XII Meeting", or null. */
    private static Integer roman(Tokens t, int i) {
        String w = t.word(i);
        if (i == 0 || !t.lower(i - 1).equals("the") || i + 1 >= t.size() || !t.joinedOnLine(i) || !t.isWord(i + 1)
                || !t.isCapitalized(i + 1)) return null;
        for (int k = 0; k < w.length(); k++) if ("IVXL".indexOf(w.charAt(k)) < 0) return null;
        int n = 0;
        for (int k = 0; k < w.length(); k++) {
            int v = value(w.charAt(k));
            n += k + 1 < w.length() && v < value(w.charAt(k + 1)) ? -v : v;
        }
        return n;
    }

    private static int value(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            default -> 50;
        };
    }

    static boolean isOrdinal(String word) {
        return of(word) != null;
    }
}
