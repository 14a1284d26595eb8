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
}
