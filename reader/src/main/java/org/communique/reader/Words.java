package org.communique.reader;

import java.util.regex.Pattern;

/** Splitting and counting words without compiling a pattern per call (String.split and matches do). */
final class Words {
    /**
     * Whether the space from {@code from} to {@code to} (between two characters that are not space) is a hard wrap
     * inside a paragraph: one line break, and the next line goes on in lower case ("will\ncontinue") or this one
     * stops at a comma or a hyphen. Such a break joins, where any other ends a line.
     */
    static boolean isSoftWrap(String text, int from, int to) {
        int breaks = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n') breaks++;
            else if (!Character.isWhitespace(c)) return false;
        }
        if (breaks != 1 || from == 0 || to >= text.length()) return false;
        char end = text.charAt(from - 1);
        return Character.isLowerCase(text.charAt(to)) || end == ',' || end == '-' || endsInRunOnWord(text, from);
    }

    /** "... strategic dialogue in / Japan": a line whose last word cannot end a sentence runs on. */
    private static boolean endsInRunOnWord(String text, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        if (start == end || end - start > 7 || start > 0 && !Character.isWhitespace(text.charAt(start - 1))) return false;
        return Knowledge.get().sentenceWords.get("runs-on").contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
    }

    static final Pattern SPACES = Pattern.compile("\\s+");

    private Words() {}

    /** A case-insensitive pattern that finds any of {@code phrases} as whole words, longest first. */
    static Pattern anyPhrase(java.util.Collection<String> phrases) {
        StringBuilder alternatives = new StringBuilder();
        phrases.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(p -> p))
                .forEach(p -> alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(p)));
        return Pattern.compile("(?i)\\b(?:" + alternatives + ")\\b");
    }

    static String[] split(String s) {
        return SPACES.split(s.strip());
    }

    static int count(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !in) n++;
            in = !space;
        }
        return n;
    }

    /** Whether {@code phrase} stands in {@code text} as whole words: not inside a longer word or number. */
    static boolean containsWords(String text, String phrase) {
        int at = text.indexOf(phrase);
        while (at >= 0) {
            int end = at + phrase.length();
            boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (before && after) return true;
            at = text.indexOf(phrase, at + 1);
        }
        return false;
    }
}
