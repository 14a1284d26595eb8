package org.communique.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds many phrases in one pass over the tokens: a trie of lower-cased tokens, longest match first.
 * A phrase written in capitals only ("US", "U.S.", "PGI") matches only text in the same capitals,
 * so that the pronoun "us" is not the United States.
 */
final class PhraseMatcher {
    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        String value;
        String exact; // the phrase's own tokens joined, when it must match case for case
    }

    record Match(int firstToken, int lastToken, int start, int end, String value) {}

    private final Node root = new Node();
    private final boolean needCapital;
    private int size;

    /** @param needCapital the first word of a match must start with a capital letter in the text */
    PhraseMatcher(boolean needCapital) {
        this.needCapital = needCapital;
    }

    void add(String phrase, String value) {
        Tokens t = Tokens.of(phrase);
        if (t.size() == 0) return;
        Node n = root;
        StringBuilder exact = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            if (isHyphen(t, i)) continue; // "Under-Secretary" and "Under Secretary" are one phrase
            n = n.next.computeIfAbsent(t.lower(i), k -> new Node());
            exact.append(t.word(i)).append(' ');
        }
        if (n.value == null) size++;
        n.value = value;
        n.exact = allCapitals(phrase) ? exact.toString() : null;
    }

    int size() {
        return size;
    }

    /** All longest, non-overlapping matches between tokens {@code from} (inclusive) and {@code to} (exclusive). */
    List<Match> find(Tokens tokens, int from, int to) {
        List<Match> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match m = longestAt(tokens, i, to);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.lastToken() + 1;
            }
        }
        return out;
    }

    List<Match> find(Tokens tokens) {
        return find(tokens, 0, tokens.size());
    }

    Match longestAt(Tokens tokens, int i, int to) {
        if (needCapital && tokens.isWord(i) && !tokens.isCapitalized(i)) return null;
        Node n = root;
        Match best = null;
        for (int k = i; k < to; k++) {
            if (k > i && isHyphen(tokens, k) && tokens.joinedOnLine(k)) continue;
            n = n.next.get(tokens.lower(k));
            if (n == null) break;
            if (n.value != null && (n.exact == null || sameCase(tokens, i, k, n.exact))) {
                best = new Match(i, k, tokens.start(i), tokens.end(k), n.value);
            }
            // a phrase does not run across a line break
            if (!tokens.joinedOnLine(k)) break;
        }
        return best;
    }

    private static boolean sameCase(Tokens tokens, int from, int to, String exact) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= to; k++) if (!isHyphen(tokens, k)) b.append(tokens.word(k)).append(' ');
        return b.toString().equals(exact);
    }

    static boolean isHyphen(Tokens t, int i) {
        return t.lower(i).equals("-");
    }

    private static boolean allCapitals(String phrase) {
        boolean letter = false;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) return false;
            }
        }
        return letter;
    }
}
