package org.communique.model;

import java.util.List;

/**
 * Where a record came from: the raw bytes' SHA-256 and what the page says of itself.
 * {@code bodyStart}/{@code bodyEnd} delimit the statement proper inside the decoded text; {@code sentences} are the
 * body's sentences as the reader split them, in order (empty where they are not known: a gold record, a record
 * written before sentences were kept).
 */
public record Source(String sha256, String mediaType, String publisher, String title, String published,
                     int bodyStart, int bodyEnd, List<TextSpan> sentences) {
    public Source {
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
    }

    /** A source whose sentences are not known. */
    public Source(String sha256, String mediaType, String publisher, String title, String published, int bodyStart,
                  int bodyEnd) {
        this(sha256, mediaType, publisher, title, published, bodyStart, bodyEnd, List.of());
    }

    /** The same source with these sentences. */
    public Source withSentences(List<TextSpan> sentences) {
        return new Source(sha256, mediaType, publisher, title, published, bodyStart, bodyEnd, sentences);
    }
}
