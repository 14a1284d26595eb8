package org.communique.reader;

import java.util.List;

/**
 * The sentences of a stored text, split as the reader splits them, so that whoever quotes a fact can quote the whole
 * sentence the reader found it in (and never cut one mid-word).
 */
public final class Sentences {
    private Sentences() {}

    /** The sentences of {@code text}, in order, each trimmed of the white space around it. */
    public static List<Span> of(String text) {
        Doc doc = new Doc(text == null ? "" : text);
        new SentenceSplitter(Knowledge.get()).annotate(doc);
        return List.copyOf(doc.layer(Labels.SENTENCE));
    }
}
