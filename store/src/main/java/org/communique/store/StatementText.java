package org.communique.store;

import org.communique.model.TextSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * The decoded text of the statement of one round, with its sentences as the reader split them (none for a document
 * stored before they were kept).
 */
public record StatementText(long roundId, long documentId, String date, String text, List<TextSpan> sentences) {
    public StatementText {
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
    }

    /** Its sentences' words, each on one line, in order ({@link StoredSentences}: the reader's, else its paragraphs). */
    public List<String> sentenceTexts() {
        List<String> out = new ArrayList<>();
        for (TextSpan s : StoredSentences.of(text, sentences)) out.add(StoredSentences.oneLine(text, s));
        return out;
    }
}
