package org.communique.reader;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.communique.model.Evidence;
import org.communique.model.Reading;
import org.communique.model.Records;
import org.communique.model.RoundRecord;
import org.communique.model.TextSpan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What holds for any text: reading never throws, is deterministic, every quote is the text at its offsets, and the
 * record's sentences cover the body.
 */
class ReaderPropertiesTest {
    private static final Reader READER = new Reader();
    private static final List<String> PIECES = List.of("The two sides", "U.S.", "Kazakhstan", "Kazakh", "Secretary of State",
            "Minister of Foreign Affairs", "Donald Lu", "Kairat Umarov", "held the", "5th annual", "Strategic Dialogue",
            "in Astana", "on November 6, 2023", "6 November", "intend to", "will", "convene the next round", "in 2024",
            "agreed to", ".", ",", "\n", "\n\n", "Begin Text:", "End Text.", "(ESPD)", "C5+1", "-", "\u2019s", "D.",
            "February 30", "counterterrorism", "trade and investment", "WASHINGTON, March 3 (KUNA) -", "<p>", "&amp;");

    @Provide
    Arbitrary<String> statementish() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(12);
        return Arbitraries.oneOf(piece, piece, piece, noise).list().ofMaxSize(60)
                .map(parts -> String.join(" ", parts));
    }

    @Property(tries = 300)
    void readingNeverThrowsAndIsDeterministic(@ForAll("statementish") String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Reading first;
        try {
            first = READER.read(bytes, "p.txt");
        } catch (UnreadableException refused) {
            assertThat(refused.getMessage()).isNotBlank().doesNotContain("\n");
            return;
        }
        Reading second = READER.read(bytes, "p.txt");
        assertThat(Records.write(second.record())).isEqualTo(Records.write(first.record()));
        assertEveryQuoteIsItsText(first);
    }

    @Property(tries = 200)
    void anyBytesAreReadOrRefusedWithOneSentence(@ForAll byte[] bytes) {
        try {
            assertEveryQuoteIsItsText(READER.read(bytes, "b.txt"));
        } catch (UnreadableException refused) {
            assertThat(refused.getMessage()).isNotBlank().doesNotContain("\n");
        }
    }

    static void assertEveryQuoteIsItsText(Reading reading) {
        String text = reading.document().text();
        RoundRecord r = reading.record();
        assertThat(r.source().bodyStart()).isBetween(0, text.length());
        assertThat(r.source().bodyEnd()).isBetween(r.source().bodyStart(), text.length());
        List<Evidence> all = new ArrayList<>();
        r.participants().forEach(p -> all.addAll(p.evidence()));
        r.topics().forEach(t -> all.addAll(t.evidence()));
        r.references().forEach(x -> all.addAll(x.evidence()));
        r.commitments().forEach(c -> all.add(c.evidence()));
        r.acts().forEach(a -> all.add(a.evidence()));
        for (Evidence e : all) {
            assertThat(e.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.quote());
        }
        assertSentencesCoverTheBody(text, r);
    }

    /** The sentences lie inside the body in text order, none overlapping, and every word of the body is in one. */
    static void assertSentencesCoverTheBody(String text, RoundRecord r) {
        int at = r.source().bodyStart();
        for (TextSpan s : r.source().sentences()) {
            assertThat(s.start()).as("a sentence starts after the one before and inside the body").isGreaterThanOrEqualTo(at);
            assertThat(s.end()).as("a sentence ends inside the body").isLessThanOrEqualTo(r.source().bodyEnd());
            assertThat(text.substring(at, s.start())).as("between sentences").isBlank();
            assertThat(s.cover(text)).as("a sentence").isEqualTo(s.cover(text).strip());
            at = s.end();
        }
        assertThat(text.substring(at, r.source().bodyEnd())).as("after the last sentence").isBlank();
    }
}
