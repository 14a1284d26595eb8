package org.communique.drafting;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF's lines: measured with the font's kerning, broken between words only. */
class PdfFlowTest {
    @Test
    void widthsIncludeTheFontsKerning() {
        assertThat(PdfFont.width("AV", 10)).isLessThan(PdfFont.width("A", 10) + PdfFont.width("V", 10));
        assertThat(PdfFont.width("Orazov", 10)).isGreaterThan(PdfFont.width("Or", 10));
    }

    @Test
    void runsThatMeetWithoutASpaceStayOneWord() {
        List<List<PdfFlow.Run>> lines = PdfFlow.wrap(List.of(new PdfFlow.Run("Promise 9: open", true),
                new PdfFlow.Run(". No later sign.", false)), 10, 1000, false);
        assertThat(lines).containsExactly(List.of(new PdfFlow.Run("Promise 9: open", true), new PdfFlow.Run(". No later sign.", false)));
    }

    @Test
    void linesBreakBetweenWordsAndAnOverlongWordIsCut() {
        String text = "Bakhtiyar Orazov met the delegation of Turkmenistan";
        List<List<PdfFlow.Run>> lines = PdfFlow.wrap(PdfFlow.Run.plain(text), 10, 100, false);
        assertThat(lines).hasSizeGreaterThan(1);
        StringBuilder joined = new StringBuilder();
        for (List<PdfFlow.Run> l : lines) {
            String line = l.stream().map(PdfFlow.Run::text).reduce("", String::concat);
            assertThat(PdfFont.width(line.strip(), 10)).isLessThanOrEqualTo(100);
            joined.append(line.strip()).append(' ');
        }
        assertThat(joined.toString().strip()).isEqualTo(text);
        assertThat(PdfFlow.wrap(PdfFlow.Run.plain("x".repeat(200)), 10, 100, false)).hasSizeGreaterThan(1);
    }

    @Test
    void charactersTheFontLacksAreFoldedOrReplaced() {
        assertThat(PdfFont.printable("Āstana\tcafé \u4e2d")).isEqualTo("Āstana café ?");
    }
}
