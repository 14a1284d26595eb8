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
        assertThat(b.seedName).isEqualTo("kz-us-espd-2023.txt");
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

    @Test
    void everyStageOfTheReaderCanBeTimedAlone() throws Exception {
        StageBenchmark b = new StageBenchmark();
        java.util.List<String> names = new org.communique.reader.Reader().stages().stream()
                .map(st -> st.getClass().getSimpleName()).toList();
        // the benchmark's parameters name every stage the reader runs, in order
        String[] params = StageBenchmark.class.getField("upTo").getAnnotation(org.openjdk.jmh.annotations.Param.class).value();
        assertThat(params).containsExactlyElementsOf(names);
        b.upTo = "DateTagger";
        b.setup();
        assertThat(b.stages).hasSize(names.indexOf("DateTagger") + 1);
        assertThat(b.texts).hasSize(200);
        Blackhole bh = new Blackhole(BLACKHOLE_OK);
        try {
            b.pipelineUpTo(bh);
        } finally {
            bh.evaporate(BLACKHOLE_DONE);
        }
        b.upTo = "NoSuchStage";
        org.assertj.core.api.Assertions.assertThatThrownBy(b::setup).hasMessageContaining("no stage NoSuchStage");
    }
}
