package org.communique.bench;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class OnePassScanTest {
    private static int words(String text) {
        return OnePassScan.words(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findsEachWordOnceWhateverSeparatesThem() {
        assertThat(words("")).isZero();
        assertThat(words("  ,. ")).isZero();
        assertThat(words("Astana")).isEqualTo(1);
        assertThat(words("On 6 November 2023, Umarov met Lu in Astana.")).isEqualTo(9);
        assertThat(words("Nur-Sultan\nKazakhstan's")).isEqualTo(4);
    }

    @Test
    void aLetterOutsideAsciiIsPartOfItsWord() {
        assertThat(words("Orazow Türkmenistan Алматы")).isEqualTo(3);
    }

    @Test
    void equalWordsHashAlikeAndTheSumChangesWithTheText() {
        OnePassScan.sink = 0;
        OnePassScan.words("trade trade".getBytes(StandardCharsets.UTF_8));
        long twice = OnePassScan.sink;
        OnePassScan.sink = 0;
        OnePassScan.words("trade".getBytes(StandardCharsets.UTF_8));
        assertThat(twice).isEqualTo(2 * OnePassScan.sink);
        OnePassScan.sink = 0;
        OnePassScan.words("energy".getBytes(StandardCharsets.UTF_8));
        assertThat(OnePassScan.sink * 2).isNotEqualTo(twice);
    }
}
