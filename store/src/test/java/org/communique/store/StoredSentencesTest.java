package org.communique.store;

import org.communique.model.TextSpan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoredSentencesTest {
    private static List<String> covered(String text, List<TextSpan> spans) {
        return spans.stream().map(s -> s.cover(text)).toList();
    }

    @Test
    void theReadersSentencesAreKeptAndTheTextAroundThemIsCutIntoParagraphs() {
        String text = "Embassy news\n\nHeadline of the day\n\nDr. Lee met Mr. Kim. They agreed.\n\nRelated: more news";
        int a = text.indexOf("Dr.");
        int b = text.indexOf("They");
        List<TextSpan> read = List.of(new TextSpan(a, b - 1), new TextSpan(b, b + "They agreed.".length()));
        assertThat(covered(text, StoredSentences.of(text, read))).containsExactly("Embassy news", "Headline of the day",
                "Dr. Lee met Mr. Kim.", "They agreed.", "Related: more news");
    }

    @Test
    void withoutTheReadersSentencesAStatementIsCutAtItsBlankLinesOnly() {
        String text = "  First paragraph. Two sentences\nwrapped.\r\n \r\nSecond one.\n\t\n\n";
        assertThat(covered(text, StoredSentences.of(text, List.of())))
                .containsExactly("First paragraph. Two sentences\nwrapped.", "Second one.");
        assertThat(StoredSentences.of(text, null)).isEqualTo(StoredSentences.of(text, List.of()));
        assertThat(StoredSentences.of("", List.of())).isEmpty();
        assertThat(StoredSentences.of(null, List.of())).isEmpty();
    }

    @Test
    void sentencesThatDoNotFitTheTextAreLeftOut() {
        String text = "One. Two.";
        List<TextSpan> odd = List.of(new TextSpan(0, 4), new TextSpan(2, 6), new TextSpan(5, 9), new TextSpan(8, 40));
        assertThat(covered(text, StoredSentences.of(text, odd))).containsExactly("One.", "Two.");
    }

    @Test
    void aSentenceIsQuotedOnOneLine() {
        String text = "The sides\n  agreed\tto meet.";
        assertThat(StoredSentences.oneLine(text, new TextSpan(0, text.length()))).isEqualTo("The sides agreed to meet.");
    }

    @Test
    void theColumnHoldsOneRangePerSentenceAndNullForNone() {
        List<TextSpan> spans = List.of(new TextSpan(0, 12), new TextSpan(13, 40));
        assertThat(StoredSentences.toColumn(spans)).containsExactly("[0,12)", "[13,40)");
        assertThat(StoredSentences.toColumn(List.of())).isNull();
        assertThat(StoredSentences.fromColumn("{\"[0,12)\",\"[13,40)\"}")).isEqualTo(spans);
        assertThat(StoredSentences.fromColumn(null)).isEmpty();
        assertThat(StoredSentences.fromColumn("{}")).isEmpty();
        assertThat(StoredSentences.fromColumn("{empty,\"[3,4)\"}")).containsExactly(new TextSpan(3, 4));
    }
}
