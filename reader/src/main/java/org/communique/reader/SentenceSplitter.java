package org.communique.reader;

import java.util.Locale;
import java.util.Set;

/**
 * Splits the text into sentences: at line breaks, and at a full stop, question or exclamation mark
 * followed by a capital, unless the stop belongs to an abbreviation ("U.S.", "Jan.", "Dr.") or an
 * initial ("D. Davaasuren"). Dotted abbreviations end a sentence only before a word that usually opens one.
 */
final class SentenceSplitter extends Stage {
    private static final Set<String> OPENERS = Knowledge.get().sentenceWords.get("openers");

    private final Knowledge k;

    SentenceSplitter(Knowledge k) {
        super(Set.of(), Set.of(Keys.SENTENCES));
        this.k = k;
    }

    @Override
    public void annotate(Doc doc) {
        String t = doc.text();
        int n = t.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if ((c == '\n' || c == '\r') && !softWrapAt(t, i)) {
                emit(doc, start, i);
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(t, i)) {
                int end = i + 1;
                while (end < n && isCloser(t.charAt(end))) end++;
                emit(doc, start, end);
                start = end;
                i = end;
                continue;
            }
            i++;
        }
        emit(doc, start, n);
    }

    /** A hard wrap inside a paragraph, at the line break {@code i}: the sentence runs on. */
    private static boolean softWrapAt(String t, int i) {
        int a = i;
        while (a > 0 && Character.isWhitespace(t.charAt(a - 1)) && t.charAt(a - 1) != '\n') a--;
        int z = i;
        while (z < t.length() && Character.isWhitespace(t.charAt(z)) && (z == i || t.charAt(z) != '\n')) z++;
        return Words.isSoftWrap(t, a, z);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201d' || c == '\u2019' || c == '\'' || c == ')';
    }

    private boolean endsSentence(String t, int dot) {
        int j = dot + 1;
        while (j < t.length() && isCloser(t.charAt(j))) j++;
        if (j >= t.length()) return true;
        if (!Character.isWhitespace(t.charAt(j))) return false;
        while (j < t.length() && (t.charAt(j) == ' ' || t.charAt(j) == '\t' || t.charAt(j) == '\u00a0')) j++;
        if (j >= t.length() || t.charAt(j) == '\n' || t.charAt(j) == '\r') return true;
        char next = t.charAt(j);
        // "... initiatives. ///nCa, 21 August", "... said. | Reuters": a page's trailer or a bullet opens anew
        boolean mark = next == '/' || next == '|' || next == '\u2022' || next == '\u2014' || next == '\u2013';
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '\u201c' || next == '(' || mark)) {
            return false;
        }
        if (t.charAt(dot) != '.') return true;
        // the word that the full stop ends
        int w = dot;
        while (w > 0 && !Character.isWhitespace(t.charAt(w - 1)) && t.charAt(w - 1) != '(') w--;
        String word = t.substring(w, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return false; // an initial
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.indexOf('.') > 0) {
            // U.S., D.C., U.A.E.: a stop here ends the sentence only before a usual opener
            int e = j;
            while (e < t.length() && Character.isLetter(t.charAt(e))) e++;
            return OPENERS.contains(t.substring(j, e).toLowerCase(Locale.ROOT));
        }
        return !k.abbreviations.contains(lower);
    }

    private static void emit(Doc doc, int start, int end) {
        String t = doc.text();
        while (start < end && Character.isWhitespace(t.charAt(start))) start++;
        while (end > start && Character.isWhitespace(t.charAt(end - 1))) end--;
        if (end > start) doc.add(new Span(start, end, Labels.SENTENCE, null));
    }
}
