package org.communique.bench;

import org.communique.reader.Doc;
import org.communique.reader.Reader;
import org.communique.reader.Stage;
import org.communique.reader.UnreadableException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reader's stages, to find a slow one. A stage needs the layers of those before it, so each benchmark runs
 * the pipeline up to and including the stage named by {@code upTo} over fresh {@link Doc}s of 200 generated
 * statements (their decoded text, made in setup): a stage's own cost is its row minus the row before it.
 *
 * <pre>{@code
 * java -jar bench/target/benchmarks.jar StageBenchmark -f 1 -wi 2 -i 3
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Benchmark)
public class StageBenchmark {
    @Param({"BodyFinder", "SentenceSplitter", "GazetteerTagger", "DateTagger", "PersonTagger", "DialogueTagger",
            "RoundTagger", "Delegations", "TopicTagger", "ActTagger", "CommitmentTagger", "ReferenceTagger"})
    public String upTo;

    List<Stage> stages;
    final List<String> texts = new ArrayList<>();

    @Setup
    public void setup() throws UnreadableException {
        List<Stage> all = new Reader().stages();
        int last = -1;
        for (int i = 0; i < all.size(); i++) if (all.get(i).getClass().getSimpleName().equals(upTo)) last = i;
        if (last < 0) throw new IllegalStateException("the reader has no stage " + upTo);
        stages = all.subList(0, last + 1);
        texts.clear();
        Reader reader = new Reader();
        CorpusGenerator generator = new CorpusGenerator(1);
        for (int i = 0; i < 200; i++) {
            CorpusGenerator.Statement s = generator.statement(i);
            texts.add(reader.read(s.bytes(), s.fileName()).document().text()); // decoded: HTML turned to text
        }
    }

    /** The stages up to {@code upTo} over all 200 statements: microseconds per 200 statements. */
    @Benchmark
    public void pipelineUpTo(Blackhole bh) {
        for (String text : texts) bh.consume(annotate(text));
    }

    /** One statement through the stages up to {@code upTo}. */
    Doc annotate(String text) {
        Doc doc = new Doc(text);
        for (Stage s : stages) s.annotate(doc);
        return doc;
    }
}
