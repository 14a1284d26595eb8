package org.communique.reader;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {
    private static List<String> split(String text) {
        Doc doc = new Doc(text);
        new SentenceSplitter(Knowledge.get()).annotate(doc);
        return doc.layer(Labels.SENTENCE).stream().map(doc::cover).toList();
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertThat(split("U.S. Assistant Secretary Lu met Dr. Smith on Jan. 5 in Astana. The talks went well."))
                .containsExactly("U.S. Assistant Secretary Lu met Dr. Smith on Jan. 5 in Astana.", "The talks went well.");
    }

    @Test
    void aDottedAbbreviationEndsASentenceBeforeAUsualOpener() {
        assertThat(split("They met in Washington, D.C. The two sides agreed."))
                .containsExactly("They met in Washington, D.C.", "The two sides agreed.");
        assertThat(split("Support for the U.S. Embassy grew."))
                .containsExactly("Support for the U.S. Embassy grew.");
    }

    @Test
    void initialsStayWithTheirName() {
        assertThat(split("Minister D. Davaasuren led the delegation. It met twice."))
                .containsExactly("Minister D. Davaasuren led the delegation.", "It met twice.");
    }

    @Test
    void lineBreaksEndSentencesAndQuotesStayInside() {
        assertThat(split("Headline without stop\nHe said \"we agree.\" Then left."))
                .containsExactly("Headline without stop", "He said \"we agree.\"", "Then left.");
    }

    @Test
    void theStoredTextsSentencesAreTheReadersWithTheirOffsets() {
        String text = "The U.S. side thanked Kazakhstan. Both sides\nagreed to meet again.";
        assertThat(Sentences.of(text)).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("The U.S. side thanked Kazakhstan.", "Both sides\nagreed to meet again.");
        assertThat(Sentences.of(null)).isEmpty();
    }
}
