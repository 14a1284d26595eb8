package org.communique.web;

import org.communique.model.Evidence;
import org.communique.model.TextSpan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class StatementTextTest {
    private static String marked(StatementText.Markup m) {
        return m.paragraphs().stream().map(p -> p.sentences().stream().map(s -> s.pieces().stream()
                .map(x -> x.marked() ? "[" + x.facts() + ":" + x.text() + "]" : x.text()).collect(Collectors.joining()))
                .collect(Collectors.joining("|"))).collect(Collectors.joining("\n"));
    }

    @Test
    void overlappingFactsSplitTheTextAtEveryBoundary() {
        String text = "Ministers met. They agreed to hold talks in Astana.";
        int c = text.indexOf("agreed");
        int a = text.indexOf("Astana");
        var m = StatementText.of(text, 0, text.length(), List.of(new TextSpan(0, 14), new TextSpan(15, text.length())), List.of(
                new StatementText.Fact("c0", "commitment", "Commitment", List.of(Evidence.of(text, c, text.length() - 1))),
                new StatementText.Fact("r0", "reference", "Astana", List.of(Evidence.of(text, a, a + 6)))));
        assertThat(marked(m)).isEqualTo("Ministers met. |They [c0:agreed to hold talks in ][c0 r0:Astana].");
        assertThat(m.marked()).isEqualTo(2);
    }

    @Test
    void theSentencesAreTheReadersNotASplitOfThePagesOwn() {
        String text = "Mr. R. Clarke Cooper of the U.S. Department of State spoke. Then Dr. Smith replied.\n\nA new paragraph.";
        int then = text.indexOf("Then");
        // as the reader split it: the stops after initials and titles end nothing
        var m = StatementText.of(text, 0, text.length(), List.of(new TextSpan(0, then - 1),
                new TextSpan(then, text.indexOf("\n")), new TextSpan(text.indexOf("A new"), text.length())), List.of());
        assertThat(m.paragraphs()).hasSize(2);
        assertThat(m.paragraphs().get(0).sentences()).hasSize(2);
        assertThat(marked(m)).isEqualTo("Mr. R. Clarke Cooper of the U.S. Department of State spoke. |Then Dr. Smith replied.\n"
                + "A new paragraph.");
    }

    @Test
    void aStatementStoredWithoutSentencesIsShownAParagraphASentence() {
        String text = "Ministers met. They agreed.\n\nA new paragraph. Two sentences.";
        var m = StatementText.of(text, 0, text.length(), List.of(), List.of());
        assertThat(marked(m)).isEqualTo("Ministers met. They agreed.\nA new paragraph. Two sentences.");
    }

    @Test
    void linesOutsideTheBodyThatEvidenceReachesAreShownByTheirParagraphs() {
        String text = "Headline on Astana\n\nThe sides met. They agreed.";
        int body = text.indexOf("The sides");
        var m = StatementText.of(text, body, text.length(), List.of(new TextSpan(body, body + 14),
                new TextSpan(body + 15, text.length())), List.of(
                new StatementText.Fact("r0", "reference", "Astana", List.of(Evidence.of(text, 12, 18)))));
        assertThat(marked(m)).isEqualTo("Headline on [r0:Astana]\nThe sides met. |They agreed.");
    }

    @Test
    void evidenceWhoseOffsetsDoNotHoldItsQuoteIsFoundByItsWords() {
        String text = "Header line.\n\nThe sides met in Tashkent.";
        var m = StatementText.of(text, 14, text.length(), List.of(), List.of(
                new StatementText.Fact("p0", "participant", "x", List.of(new Evidence(0, 3, "Tashkent")))));
        assertThat(marked(m)).contains("[p0:Tashkent]");
    }
}
