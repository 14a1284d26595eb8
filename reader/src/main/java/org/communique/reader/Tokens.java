package org.communique.reader;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words and marks of a text: a word is a run of letters or digits, any other visible character
 * is a token of its own. Kept as parallel arrays because every stage walks them.
 */
public final class Tokens {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final String[] words;
    private final String[] lower;
    private final boolean[] joined;
    private Vocabulary numberedBy;
    private int[] ids;

    private Tokens(String text, int[] starts, int[] ends, int n) {
        this.text = text;
        this.starts = Arrays.copyOf(starts, n);
        this.ends = Arrays.copyOf(ends, n);
        this.words = new String[n];
        this.lower = new String[n];
        this.joined = new boolean[n];
        for (int i = 0; i < n; i++) {
            words[i] = text.substring(this.starts[i], this.ends[i]);
            lower[i] = normal(words[i]);
            if (i + 1 < n) joined[i] = noLineBreak(text, this.ends[i], this.starts[i + 1]);
        }
    }

    private static boolean noLineBreak(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r') return Words.isSoftWrap(text, from, to);
        }
        return true;
    }

    public static Tokens of(String text) {
        int cap = Math.max(16, text.length() / 4);
        int[] s = new int[cap];
        int[] e = new int[cap];
        int n = 0;
        int i = 0;
        int len = text.length();
        while (i < len) {
            char c = text.charAt(i);
            int start = i;
            if (isLetterOrDigit(c)) {
                while (i < len && (isLetterOrDigit(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) i++;
            } else if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00a0') {
                i++;
                continue;
            } else {
                i++;
                if (Character.isHighSurrogate(c) && i < len) i++;
            }
            if (n == s.length) {
                s = Arrays.copyOf(s, n * 2);
                e = Arrays.copyOf(e, n * 2);
            }
            s[n] = start;
            e[n] = i;
            n++;
        }
        return new Tokens(text, s, e, n);
    }

    private static boolean isLetterOrDigit(char c) {
        if (c < 128) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        return Character.isLetterOrDigit(c);
    }

    /** Lower case, with the dashes and quotes that typography varies folded to one form. */
    static String normal(String token) {
        if (token.length() == 1 && token.charAt(0) < 128) return token.toLowerCase(Locale.ROOT);
        if (token.length() == 1) {
            char c = token.charAt(0);
            switch (c) {
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> { return "-"; }
                case '\u2018', '\u2019', '\u02bc', '`' -> { return "'"; }
                case '\u201c', '\u201d' -> { return "\""; }
                default -> { }
            }
        }
        return token.toLowerCase(Locale.ROOT);
    }

    public int size() {
        return starts.length;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public String lower(int i) {
        return lower[i];
    }

    /** Each token's number in {@code v} (-1 where it has none), worked out once per vocabulary. */
    int[] ids(Vocabulary v) {
        if (numberedBy != v) {
            int[] out = new int[lower.length];
            for (int i = 0; i < out.length; i++) out[i] = v.id(lower[i]);
            ids = out;
            numberedBy = v;
        }
        return ids;
    }

    public String word(int i) {
        return words[i];
    }

    public boolean isWord(int i) {
        return isLetterOrDigit(text.charAt(starts[i]));
    }

    public boolean isCapitalized(int i) {
        char c = text.charAt(starts[i]);
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    /** True when nothing but spaces (no line break) separates token i from token i+1. */
    public boolean joinedOnLine(int i) {
        return i >= 0 && i < joined.length && joined[i];
    }

    /** True when no space at all separates token i from token i+1. */
    public boolean touching(int i) {
        return i + 1 < starts.length && ends[i] == starts[i + 1];
    }

    /** The index of the first token starting at or after offset {@code at}. */
    public int indexAt(int at) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < at) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
