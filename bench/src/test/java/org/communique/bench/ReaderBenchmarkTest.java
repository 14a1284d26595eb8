package org.communique.bench;

import org.communique.model.Reading;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's setup and one invocation of each benchmark, called directly: no JMH run. */
class ReaderBenchmarkTest {
    private static final String BLACKHOLE_OK =
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.";
    private static final String BLACKHOLE_DONE =
            "Yes, I am Stephen Hawking, and know a thing or two about black holes.";

    @Test
    void setupFindsTheSeedAndOurStatements() throws Exception {
        ReaderBenchmark b = new ReaderBenchmark();
        b.setup();
        assertThat(b.seedName).isEqualTo("000_1aa518237e26d849.txt");
        assertThat(b.seedBytes).isNotEmpty();
        assertThat(b.ownNames).isNotEmpty().noneMatch(n -> n.endsWith(".gold.json") || n.equals("INDEX.tsv"));

        Reading seed = b.reader.read(b.seedBytes, b.seedName);
        assertThat(seed.record()).isNotNull();

        Blackhole bh = new Blackhole(BLACKHOLE_OK);
        try {
            b.readSeed(bh);
            b.readOwnCorpus(bh);
        } finally {
            bh.evaporate(BLACKHOLE_DONE);
        }
    }
}
