package org.communique.drafting;

import org.communique.model.TextSpan;
import org.communique.reader.Reader;
import org.communique.store.StatementText;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A book's quotes: whole sentences, each once, never the sentence of a promise. */
class BriefingQuotesTest {
    static final String TEXT = "The sides discussed border security. They agreed that the U.S. side will deliver\n"
            + "scanners for the border crossing by 2023. The ministers welcomed the new border crossing building. Both sides\n"
            + "praised it.";

    /** The text stored with the sentences the reader split it into. */
    static StatementText stored() throws Exception {
        List<TextSpan> sentences = new Reader().read(TEXT.getBytes(StandardCharsets.UTF_8), "t.txt").record().source().sentences();
        return new StatementText(1, 1, null, TEXT, sentences);
    }

    static int[] span(String words) {
        int at = TEXT.indexOf(words);
        return new int[]{at, at + words.length()};
    }

    @Test
    void aQuoteIsTheWholeSentenceAroundTheEvidenceAndComesOnce() throws Exception {
        StatementText stored = stored();
        assertThat(stored.sentences()).hasSize(4);
        BriefingQuotes q = new BriefingQuotes(id -> stored);
        // evidence that ends mid-word ("border crossing b") still gives its whole sentence
        int[] cut = span("new border crossing b");
        assertThat(q.firstSentence(1, List.of(cut))).isEqualTo("The ministers welcomed the new border crossing building.");
        assertThat(q.firstSentence(1, List.of(cut))).isNull();
        assertThat(q.take("The ministers welcomed the new border\ncrossing building.")).isNull();
        // a sentence wrapped over lines reads as one line
        assertThat(q.firstSentence(1, List.of(span("Both sides")))).isEqualTo("Both sides praised it.");
    }

    @Test
    void aSentenceThatHoldsAPromiseIsNotQuoted() throws Exception {
        StatementText stored = stored();
        BriefingQuotes q = new BriefingQuotes(id -> stored);
        int[] promise = span("deliver\nscanners for the border crossing by 2023");
        q.promise("deliver scanners for the border crossing by 2023", 1L, promise[0], promise[1]);
        assertThat(q.firstSentence(1, List.of(span("U.S. side"), span("border security")))).isEqualTo("The sides discussed border security.");
        assertThat(q.take("In 2024 they noted they will deliver scanners for the border crossing by 2023.")).isNull();
    }

    @Test
    void aStatementStoredWithoutSentencesIsQuotedByTheParagraph() {
        String text = "The sides discussed border security. They met twice.\n\nThe ministers welcomed the building.";
        BriefingQuotes q = new BriefingQuotes(id -> new StatementText(1, 1, null, text, List.of()));
        int at = text.indexOf("twice");
        assertThat(q.firstSentence(1, List.of(new int[]{at, at + 5}))).isEqualTo("The sides discussed border security. They met twice.");
        assertThat(new BriefingQuotes(id -> null).firstSentence(1, List.of(new int[]{0, 3}))).isNull();
    }
}
