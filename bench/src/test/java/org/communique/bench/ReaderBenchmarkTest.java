package org.communique.bench;

import org.communique.model.Reading;
import org.communique.reader.Reader;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The benchmarks measure what they say: each is set up and invoked once, directly (no JMH run), and what it read
 * is held against the statements and the reader's stages. Nothing here is timed.
 */
class ReaderBenchmarkTest {
    private static final String BLACKHOLE_OK =
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.";
    private static final String BLACKHOLE_DONE =
            "Yes, I am Stephen Hawking, and know a thing or two about black holes.";

    @Test
    void theReaderBenchmarkReadsTheSeedAndEveryIndexedStatement() throws Exception {
        ReaderBenchmark b = new ReaderBenchmark();
        b.setup();
        Reading seed = b.readSeed();
        assertThat(b.seedName).isEqualTo("kz-us-espd-2023.txt");
        assertThat(seed.record().round().date()).isEqualTo("2023-11-06");
        assertThat(seed.record().round().place()).isEqualTo("Astana");

        // the statements are the rows of statements/INDEX.tsv: no gold record, no index, none left out
        List<String> indexed = Files.readAllLines(ReaderBenchmark.root().resolve("statements/INDEX.tsv")).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> l.substring(0, l.indexOf('\t'))).sorted().toList();
        assertThat(b.ownNames).containsExactlyElementsOf(indexed);
        Blackhole bh = new Blackhole(BLACKHOLE_OK);
        try {
            assertThat(b.readOwnCorpus(bh)).isEqualTo(indexed.size());
        } finally {
            bh.evaporate(BLACKHOLE_DONE);
        }
    }

    @Test
    void everyStageOfTheReaderIsListedAndRunsAloneUpToItself() throws Exception {
        List<String> names = new Reader().stages().stream().map(st -> st.getClass().getSimpleName()).toList();
        // the benchmark's parameters name every stage the reader runs, in order
        String[] params = StageBenchmark.class.getField("upTo").getAnnotation(Param.class).value();
        assertThat(params).containsExactlyElementsOf(names);

        StageBenchmark b = new StageBenchmark();
        b.upTo = "SentenceSplitter";
        b.setup();
        assertThat(b.stages).extracting(st -> st.getClass().getSimpleName()).containsExactlyElementsOf(names.subList(0, 2));
        assertThat(b.texts).hasSize(200);
        // no stage so far marks dates
        assertThat(b.texts).allSatisfy(t -> assertThat(b.annotate(t).layer("date")).isEmpty());

        b.upTo = "DateTagger";
        b.setup();
        assertThat(b.stages).extracting(st -> st.getClass().getSimpleName())
                .containsExactlyElementsOf(names.subList(0, names.indexOf("DateTagger") + 1));
        assertThat(b.texts).anySatisfy(t -> assertThat(b.annotate(t).layer("date")).isNotEmpty());
        Blackhole bh = new Blackhole(BLACKHOLE_OK);
        try {
            b.pipelineUpTo(bh);
        } finally {
            bh.evaporate(BLACKHOLE_DONE);
        }

        b.upTo = "NoSuchStage";
        assertThatThrownBy(b::setup).hasMessageContaining("no stage NoSuchStage");
    }
}
