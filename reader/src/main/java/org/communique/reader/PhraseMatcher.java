package org.communique.reader;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds many phrases in one pass over the tokens: a trie of lower-cased tokens, longest match first.
 * A phrase written in capitals only ("US", "U.S.", "PGI") matches only text in the same capitals,
 * so that the pronoun "us" is not the United States. The trie is keyed by the words' numbers in a
 * {@link Vocabulary} the matchers share, so a text's words are hashed once, not once per matcher.
 */
final class PhraseMatcher {
    /** A trie node; its children in a small open-addressing table keyed by word number. */
    private static final class Node {
        int[] keys = new int[2];
        Node[] children = new Node[2];
        int count;
        String value;
        String exact; // the phrase's own tokens joined, when it must match case for case

        Node child(int key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); ; i = (i + 1) & mask) {
                Node c = children[i];
                if (c == null || keys[i] == key) return c;
            }
        }

        Node childOrNew(int key) {
            Node c = child(key);
            if (c != null) return c;
            if (2 * (count + 1) > keys.length) grow();
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (children[i] != null) i = (i + 1) & mask;
            keys[i] = key;
            children[i] = c = new Node();
            count++;
            return c;
        }

        private void grow() {
            int[] oldKeys = keys;
            Node[] oldChildren = children;
            keys = new int[oldKeys.length * 2];
            children = new Node[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldChildren[j] == null) continue;
                int i = slot(oldKeys[j], mask);
                while (children[i] != null) i = (i + 1) & mask;
                keys[i] = oldKeys[j];
                children[i] = oldChildren[j];
            }
        }

        private static int slot(int key, int mask) {
            return (key * 0x9E3779B1) >>> 7 & mask;
        }
    }

    record Match(int firstToken, int lastToken, int start, int end, String value) {}

    private final Node root = new Node();
    // the root's children again, indexed by word number: every token of a text is looked up here
    private Node[] first = new Node[0];
    private final Vocabulary words;
    private final boolean needCapital;
    private int size;

    /** @param needCapital the first word of a match must start with a capital letter in the text */
    PhraseMatcher(Vocabulary words, boolean needCapital) {
        this.words = words;
        this.needCapital = needCapital;
    }

    void add(String phrase, String value) {
        Tokens t = Tokens.of(phrase);
        if (t.size() == 0) return;
        Node n = root;
        StringBuilder exact = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            if (isHyphen(t, i)) continue; // "Under-Secretary" and "Under Secretary" are one phrase
            int id = words.add(t.lower(i));
            n = n.childOrNew(id);
            if (exact.isEmpty()) {
                if (id >= first.length) first = java.util.Arrays.copyOf(first, Math.max(id + 1, 2 * first.length));
                first[id] = n;
            }
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
        int[] ids = tokens.ids(words);
        if (ids[i] < 0 || ids[i] >= first.length || first[ids[i]] == null) return null;
        if (needCapital && tokens.isWord(i) && !tokens.isCapitalized(i)) return null;
        Node n = root;
        Match best = null;
        for (int k = i; k < to; k++) {
            if (k > i && isHyphen(tokens, k) && tokens.joinedOnLine(k)) continue;
            if (ids[k] < 0) break;
            n = k == i ? first[ids[k]] : n.child(ids[k]);
            if (n == null) break;
            if (n.value != null && (n.exact == null || sameCase(tokens, i, k, n.exact))) {
                best = new Match(i, k, tokens.start(i), tokens.end(k), n.value);
            }
            // a phrase does not run across a line break
            if (!tokens.joinedOnLine(k)) break;
        }
        return best;
    }

    /** The tokens, hyphens left out, are the phrase's words joined by spaces, case for case (no copy made). */
    private static boolean sameCase(Tokens tokens, int from, int to, String exact) {
        int at = 0;
        for (int k = from; k <= to; k++) {
            if (isHyphen(tokens, k)) continue;
            String w = tokens.word(k);
            if (!exact.startsWith(w, at) || at + w.length() >= exact.length() || exact.charAt(at + w.length()) != ' ') return false;
            at += w.length() + 1;
        }
        return at == exact.length();
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
