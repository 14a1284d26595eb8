package org.communique.drafting;

import org.communique.model.TextSpan;
import org.communique.store.StatementText;
import org.communique.store.StoredSentences;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The quotes of one book: whole sentences of the stored statements, as the reader split them (the paragraphs of one
 * stored before the sentences were kept), each quoted once.
 * A sentence that holds a promise is never quoted, since the promise's words stand in the table of page one.
 */
final class BriefingQuotes {
    private final LongFunction<StatementText> statements;
    private final Map<Long, String> text = new HashMap<>();
    private final Map<Long, List<TextSpan>> sentences = new HashMap<>();
    private final Map<Long, List<int[]>> promiseSpans = new HashMap<>();
    private final List<String> promiseWords = new ArrayList<>();
    private final Set<String> used = new HashSet<>();

    /** {@code statements} gives a stored document's text and sentences by its id (null when there is none). */
    BriefingQuotes(LongFunction<StatementText> statements) {
        this.statements = statements;
    }

    /** A promise's words and, where known, where they stand in a document: neither is quoted again. */
    void promise(String words, Long documentId, Integer start, Integer end) {
        if (words != null && !words.isBlank()) promiseWords.add(key(words));
        if (documentId != null && start != null && end != null) {
            promiseSpans.computeIfAbsent(documentId, k -> new ArrayList<>()).add(new int[]{start, end});
        }
    }

    /** The first whole sentence over any of {@code spans} ({start, end} in the document) that may still be quoted, or null. */
    String firstSentence(long documentId, List<int[]> spans) {
        for (int[] s : spans) {
            for (TextSpan sentence : sentencesOver(documentId, s[0], s[1])) {
                if (holdsPromise(documentId, sentence)) continue;
                String quote = take(text(documentId).substring(sentence.start(), sentence.end()));
                if (quote != null) return quote;
            }
        }
        return null;
    }

    /** A sentence given as text (a later sign's), if it may still be quoted; marked as quoted. */
    String take(String sentence) {
        if (sentence == null || sentence.isBlank()) return null;
        String k = key(sentence);
        for (String w : promiseWords) if (k.contains(w)) return null;
        if (!used.add(k)) return null;
        return sentence.strip().replaceAll("\\s+", " ");
    }

    private List<TextSpan> sentencesOver(long documentId, int start, int end) {
        if (text(documentId).isEmpty()) return List.of();
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan s : sentences.get(documentId)) if (s.overlaps(start, Math.max(end, start + 1))) out.add(s);
        return out;
    }

    private boolean holdsPromise(long documentId, TextSpan sentence) {
        for (int[] p : promiseSpans.getOrDefault(documentId, List.of())) if (sentence.overlaps(p[0], p[1])) return true;
        return false;
    }

    /** A document's text, its sentences kept beside it: the reader's, or its paragraphs ({@link StoredSentences}). */
    private String text(long documentId) {
        return text.computeIfAbsent(documentId, id -> {
            StatementText t = statements.apply(id);
            String words = t == null ? "" : t.text();
            sentences.put(id, t == null ? List.of() : StoredSentences.of(words, t.sentences()));
            return words;
        });
    }

    /** Text compared without case or line breaks, so a wrapped sentence is the same sentence. */
    static String key(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
