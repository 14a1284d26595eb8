package org.communique.reader;

/**
 * The lower-cased words of the reader's phrases, numbered. A text's words are looked up here once
 * ({@link Tokens#ids}), and every phrase trie then steps on numbers instead of hashing strings again.
 * An open-addressing table of its own: every token of every text is looked up, most of them missing.
 */
final class Vocabulary {
    private String[] words = new String[1024];
    private int[] hashes = new int[1024];
    private int[] ids = new int[1024];
    private int size;

    /** The word's number, given it if it is new. */
    int add(String word) {
        int id = id(word);
        if (id >= 0) return id;
        if (2 * (size + 1) > words.length) grow();
        put(word, size);
        return size++;
    }

    /** The word's number, or -1 when no phrase has it. */
    int id(String word) {
        int h = word.hashCode();
        int mask = words.length - 1;
        for (int i = slot(h, mask); ; i = (i + 1) & mask) {
            String w = words[i];
            if (w == null) return -1;
            if (hashes[i] == h && w.equals(word)) return ids[i];
        }
    }

    private void put(String word, int id) {
        int h = word.hashCode();
        int mask = words.length - 1;
        int i = slot(h, mask);
        while (words[i] != null) i = (i + 1) & mask;
        words[i] = word;
        hashes[i] = h;
        ids[i] = id;
    }

    private void grow() {
        String[] oldWords = words;
        int[] oldIds = ids;
        words = new String[oldWords.length * 2];
        hashes = new int[oldWords.length * 2];
        ids = new int[oldWords.length * 2];
        for (int j = 0; j < oldWords.length; j++) if (oldWords[j] != null) put(oldWords[j], oldIds[j]);
    }

    private static int slot(int hash, int mask) {
        return (hash ^ (hash >>> 16)) * 0x9E3779B1 >>> 7 & mask;
    }
}
