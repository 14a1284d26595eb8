package org.communique.reader;

import java.util.regex.Pattern;

/** Splitting and counting words without compiling a pattern per call (String.split and matches do). */
final class Words {
    static final Pattern SPACES = Pattern.compile("\\s+");

    private Words() {}

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
