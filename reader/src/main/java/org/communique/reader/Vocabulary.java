package org.communique.reader;

import java.util.HashMap;
import java.util.Map;

/**
 * The lower-cased words of the reader's phrases, numbered. A text's words are looked up here once
 * ({@link Tokens#ids}), and every phrase trie then steps on numbers instead of hashing strings again.
 */
final class Vocabulary {
    private final Map<String, Integer> ids = new HashMap<>();

    /** The word's number, given it if it is new. */
    int add(String word) {
        Integer id = ids.get(word);
        if (id != null) return id;
        ids.put(word, ids.size());
        return ids.size() - 1;
    }

    /** The word's number, or -1 when no phrase has it. */
    int id(String word) {
        Integer id = ids.get(word);
        return id == null ? -1 : id;
    }
}
