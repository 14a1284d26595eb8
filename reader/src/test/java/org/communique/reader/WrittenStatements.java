package org.communique.reader;

import org.communique.model.RoundRecord;

import java.nio.charset.StandardCharsets;

/** Short statements written in the tests, one rule each, read by one reader that all those tests share. */
final class WrittenStatements {
    private static final Reader READER = new Reader();

    private WrittenStatements() {}

    /** The record of a statement given as text. */
    static RoundRecord read(String text) throws UnreadableException {
        return read(text.getBytes(StandardCharsets.UTF_8), "t.txt");
    }

    /** The record of a statement given as bytes, in a file named {@code fileName} (which tells HTML from text). */
    static RoundRecord read(byte[] bytes, String fileName) throws UnreadableException {
        return READER.read(bytes, fileName).record();
    }
}
