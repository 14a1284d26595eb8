package org.communique.reader;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.communique.model.Reading;

import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets for the reader's entry point, its HTML path and its date patterns. Plain `mvn verify` replays the
 * committed inputs under ReaderFuzzTestInputs/; with JAZZER_FUZZ=1 one target fuzzes for its max duration
 * (.ci/run does a short run). Anything but a record or a one-sentence refusal is a finding.
 */
class ReaderFuzzTest {
    private static final Reader READER = new Reader();

    @FuzzTest(maxDuration = "20s")
    void readsAnyBytes(byte[] data) {
        check(data, "f.txt");
    }

    @FuzzTest(maxDuration = "20s")
    void readsAnyHtml(byte[] data) {
        check(data, "f.html");
    }

    /** Text around month names and numbers: where the date patterns work. */
    @FuzzTest(maxDuration = "20s")
    void readsAnyText(String text) {
        check(("The two sides met on " + text + " in Astana for the Strategic Dialogue.").getBytes(StandardCharsets.UTF_8), "d.txt");
    }

    private static void check(byte[] data, String name) {
        try {
            Reading r = READER.read(data, name);
            ReaderPropertiesTest.assertEveryQuoteIsItsText(r);
        } catch (UnreadableException refused) {
            if (refused.getMessage() == null || refused.getMessage().isBlank() || refused.getMessage().contains("\n")) {
                throw new AssertionError("a refusal must be one sentence: " + refused.getMessage());
            }
        }
    }
}
