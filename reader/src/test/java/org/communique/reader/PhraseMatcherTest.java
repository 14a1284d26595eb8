package org.communique.reader;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The phrase trie on its own: many children per node, longest match, capitals, hyphens and line breaks. */
class PhraseMatcherTest {
    @Test
    void findsEveryOneOfManyPhrasesAndPrefersTheLongest() {
        Vocabulary words = new Vocabulary();
        PhraseMatcher m = new PhraseMatcher(words, false);
        for (int i = 0; i < 2_000; i++) m.add("word" + i + " tail" + (i % 7), "p" + i);
        m.add("word5", "short");
        assertThat(m.size()).isEqualTo(2_001);
        for (int i = 0; i < 2_000; i += 37) {
            Tokens t = Tokens.of("x word" + i + " tail" + (i % 7) + " y");
            assertThat(m.find(t)).extracting(PhraseMatcher.Match::value).containsExactly("p" + i);
        }
        Tokens t = Tokens.of("word5 tail5 and word5 tail0");
        assertThat(m.find(t)).extracting(PhraseMatcher.Match::value).containsExactly("p5", "short");
        assertThat(m.find(Tokens.of("no phrase here"))).isEmpty();
    }

    @Test
    void capitalsHyphensAndLineBreaksAreKept() {
        Vocabulary words = new Vocabulary();
        PhraseMatcher m = new PhraseMatcher(words, true);
        m.add("US", "US");
        m.add("Under-Secretary of State", "title");
        // another matcher on the same vocabulary numbers its words alike
        PhraseMatcher other = new PhraseMatcher(words, false);
        other.add("secretary", "word");
        // a line that ends in "of" runs on; one that ends in a noun before a capital does not
        Tokens t = Tokens.of("Let us see: the US Under Secretary of State and the Under-\nSecretary\nOf State.");
        List<PhraseMatcher.Match> found = m.find(t);
        assertThat(found).extracting(PhraseMatcher.Match::value).containsExactly("US", "title");
        assertThat(found.get(1).firstToken()).isEqualTo(6); // "Under Secretary of State" on one line; the second runs across lines
        assertThat(other.find(t)).hasSize(2);
    }
}
