package org.communique.eval;

import org.communique.model.Evidence;
import org.communique.model.Participant;
import org.communique.model.Reading;
import org.communique.model.Records;
import org.communique.model.RoundRecord;
import org.communique.reader.Reader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed statement (the 5th U.S.-Kazakhstan ESPD) against its gold record. */
class SeedRecordTest {
    private static final Path SEED = Corpora.shared().resolve("seeds/000_1aa518237e26d849.txt");
    private static Reading reading;
    private static RoundRecord record;

    @BeforeAll
    static void read() throws Exception {
        if (!Files.exists(SEED)) return;
        reading = new Reader().read(Files.readAllBytes(SEED), SEED.getFileName().toString());
        record = reading.record();
    }

    /** Each test says in the report why it skips, rather than the class running none. */
    @BeforeEach
    void needsTheSeed() {
        Assumptions.assumeTrue(reading != null, "no seed statement beside the project (../shared/seeds): skipped");
    }

    @Test
    void roundFactsAreRight() {
        assertThat(record.source().sha256()).isEqualTo("dbe6d3f0f0c501bede217d874fafa4d0864bed385eeb658283b877dc655a66b4");
        assertThat(record.dialogue().name()).isEqualTo("Enhanced Strategic Partnership Dialogue");
        assertThat(record.dialogue().acronym()).isEqualTo("ESPD");
        assertThat(record.dialogue().parties()).containsExactly("KZ", "US");
        assertThat(record.round().ordinal()).isEqualTo(5);
        assertThat(record.round().date()).isEqualTo("2023-11-06");
        assertThat(record.round().place()).isEqualTo("Astana");
        assertThat(record.round().host()).isEqualTo("KZ");
        assertThat(record.nextRound().place()).isEqualTo("Washington");
        assertThat(record.nextRound().due()).isEqualTo("2024");
    }

    @Test
    void delegationsAreRight() {
        assertThat(record.participants()).extracting(Participant::name, Participant::party, Participant::role)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Kairat Umarov", "KZ", Participant.Role.HEAD),
                        org.assertj.core.groups.Tuple.tuple("Donald Lu", "US", Participant.Role.HEAD),
                        org.assertj.core.groups.Tuple.tuple("Kassym-Jomart Tokayev", "KZ", Participant.Role.MENTIONED));
    }

    @Test
    void bodyLiesBetweenTheMarkers() {
        String body = reading.document().text().substring(record.source().bodyStart(), record.source().bodyEnd());
        assertThat(body).startsWith("Building on 31 years of partnership").endsWith("in Washington in 2024.");
    }

    @Test
    void everyScoredFieldMatchesTheGold() throws Exception {
        Path gold = SEED.resolveSibling("000_1aa518237e26d849.gold.json");
        Scorer scorer = new Scorer();
        scorer.add("seed", Records.toMap(record), Records.parseObject(Files.readString(gold, StandardCharsets.UTF_8)));
        for (FieldScore f : scorer.fields()) {
            if (!f.counted()) continue;
            assertThat(f.f1()).as(f.name() + " " + scorer.misses()).isEqualTo(1.0);
        }
    }

    @Test
    void everyQuoteIsTheTextAtItsOffsets() {
        String text = reading.document().text();
        record.participants().forEach(p -> p.evidence().forEach(e -> assertQuotes(text, e)));
        record.topics().forEach(t -> t.evidence().forEach(e -> assertQuotes(text, e)));
        record.commitments().forEach(c -> assertQuotes(text, c.evidence()));
        record.acts().forEach(a -> assertQuotes(text, a.evidence()));
        record.references().forEach(r -> r.evidence().forEach(e -> assertQuotes(text, e)));
    }

    private static void assertQuotes(String text, Evidence e) {
        assertThat(e.end()).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(e.start(), e.end())).isEqualTo(e.quote());
    }
}
