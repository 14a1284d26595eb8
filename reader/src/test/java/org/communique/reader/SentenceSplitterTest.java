package org.communique.reader;

import org.communique.model.Reading;
import org.communique.model.Source;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void aTrailerOrABulletAfterAStopOpensAnewSentence() {
        assertThat(split("Both sides will keep talking. ///Agency, 21 August 2025"))
                .containsExactly("Both sides will keep talking.", "///Agency, 21 August 2025");
        assertThat(split("They met. \u2022 Trade was discussed."))
                .containsExactly("They met.", "\u2022 Trade was discussed.");
    }

    @Test
    void aLineEndingInAWordThatCannotEndASentenceRunsOn() {
        assertThat(split("Both sides agreed to hold the next round in\nLima at a convenient time.\nThe talks went well."))
                .containsExactly("Both sides agreed to hold the next round in\nLima at a convenient time.", "The talks went well.");
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
    void theRecordKeepsTheSentencesOfTheBodyAsTheStagesSplitThem() throws Exception {
        String text = "Embassy of the United States\n\nBegin Text:\n\nThe U.S. side thanked Kazakhstan on November 6, 2023."
                + " Both sides\nagreed to meet again in Astana.\n\nEnd Text.\n\nRelated links: the embassy's page.\n";
        Reading reading = new Reader().read(text.getBytes(StandardCharsets.UTF_8), "s.txt");
        Source source = reading.record().source();
        assertThat(source.sentences()).extracting(s -> s.cover(text))
                .containsExactly("The U.S. side thanked Kazakhstan on November 6, 2023.", "Both sides\nagreed to meet again in Astana.");
        ReaderPropertiesTest.assertSentencesCoverTheBody(text, reading.record());
    }

    @Test
    void everyStatementsSentencesAreTheSplittersInsideItsBody() throws Exception {
        Reader reader = new Reader();
        try (var files = Files.list(Corpora.own())) {
            for (Path f : files.filter(p -> p.toString().matches(".*\\.(txt|html)")).sorted().toList()) {
                Reading reading = reader.read(Files.readAllBytes(f), f.getFileName().toString());
                String text = reading.document().text();
                Source source = reading.record().source();
                Doc doc = new Doc(text);
                new SentenceSplitter(Knowledge.get()).annotate(doc);
                List<String> inside = doc.layer(Labels.SENTENCE).stream()
                        .filter(s -> s.start() >= source.bodyStart() && s.end() <= source.bodyEnd()).map(doc::cover).toList();
                assertThat(source.sentences()).as(f.getFileName().toString()).isNotEmpty()
                        .extracting(s -> s.cover(text)).containsAll(inside);
                ReaderPropertiesTest.assertSentencesCoverTheBody(text, reading.record());
            }
        }
    }
}
