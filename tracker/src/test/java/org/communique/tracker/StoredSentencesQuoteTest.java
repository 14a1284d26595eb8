package org.communique.tracker;

import org.communique.model.TextSpan;
import org.communique.store.StatementText;
import org.communique.store.TrackedRound;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A link quotes the later statement by the sentences the reader split it into, never by a split of its own. */
class StoredSentencesQuoteTest {
    static final String TEXT = "Abuja, 14 March 2023\n\nThe delegations met at the U.S. Embassy in Abuja on 14 March 2023 for the"
            + " second round. They reviewed trade.\n";
    static final TrackedRound LATER = new TrackedRound(2, 2, "Strategic Dialogue", null, List.of("NG", "US"), 2, "2023-03-14",
            "Abuja", "NG", null, null);

    static StatementText stored(List<TextSpan> sentences) {
        return new StatementText(2, 2, "2023-03-14", TEXT, sentences);
    }

    @Test
    void theQuoteIsTheReadersWholeSentenceAcrossAnAbbreviation() {
        int start = TEXT.indexOf("The delegations");
        int end = TEXT.indexOf(" They");
        List<TextSpan> read = List.of(new TextSpan(start, end), new TextSpan(end + 1, TEXT.length() - 1));
        assertThat(NextRoundRule.quote(stored(read), LATER)).isEqualTo("The delegations met at the U.S. Embassy in Abuja on"
                + " 14 March 2023 for the second round.");
    }

    @Test
    void aStatementStoredWithoutSentencesIsQuotedByTheParagraph() {
        assertThat(NextRoundRule.quote(stored(List.of()), LATER)).isEqualTo("The delegations met at the U.S. Embassy in Abuja on"
                + " 14 March 2023 for the second round. They reviewed trade.");
    }
}
