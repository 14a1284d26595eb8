package org.communique.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** name-words.tsv is read whole: every list there, folded where names are compared, as written where case tells. */
class NameWordsTest {
    @Test
    void honorificsAndParticlesAreLowerCased() {
        assertThat(NameWords.honorifics()).contains("dr", "h", "e", "sheikh", "excellency").allSatisfy(
                w -> assertThat(w).isLowerCase());
        assertThat(NameWords.particles()).contains("bin", "von", "al").doesNotContain("the");
    }

    @Test
    void lettersAfterANameKeepTheirCase() {
        assertThat(NameWords.postNominals()).contains("MP", "KCMG", "PhD").doesNotContain("mp");
        assertThat(NameWords.suffixes()).contains("Jr", "III");
    }

    @Test
    void noListSharesAWordWithAnother() {
        assertThat(NameWords.honorifics()).doesNotContainAnyElementsOf(NameWords.particles());
        assertThat(NameWords.postNominals()).doesNotContainAnyElementsOf(NameWords.suffixes());
    }
}
