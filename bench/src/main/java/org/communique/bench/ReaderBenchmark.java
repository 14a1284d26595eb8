package org.communique.bench;

import org.communique.model.Reading;
import org.communique.reader.Reader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The public {@link Reader} API end to end: the seed statement alone, and all of our own statements.
 *
 * <pre>{@code
 * mvn -B -q install -DskipTests && java -jar bench/target/benchmarks.jar ReaderBenchmark -f 1 -wi 3 -i 5
 * }</pre>
 *
 * Files are found from the repository root: the system property {@code communique.root}, else the
 * current directory or its parent, whichever holds {@code statements/}. Pass the property to the forked
 * JVM with {@code -jvmArgs -Dcommunique.root=...}. The statement bytes are loaded once in setup, so an
 * invocation measures reading, not disk I/O.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class ReaderBenchmark {
    /** The 5th U.S.-Kazakhstan ESPD in our own words: the flagship statement, in the repository. */
    static final String SEED = "statements/kz-us-espd-2023.txt";

    Reader reader;
    byte[] seedBytes;
    String seedName;
    final List<byte[]> ownBytes = new ArrayList<>();
    final List<String> ownNames = new ArrayList<>();

    @Setup
    public void setup() throws IOException {
        Path root = root();
        Path seed = root.resolve(SEED).normalize();
        if (!Files.isRegularFile(seed)) {
            throw new IllegalStateException("the seed statement is not at " + seed);
        }
        seedBytes = Files.readAllBytes(seed);
        seedName = seed.getFileName().toString();

        ownBytes.clear();
        ownNames.clear();
        try (Stream<Path> files = Files.list(root.resolve("statements"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".gold.json") || name.equals("INDEX.tsv")) continue;
                ownBytes.add(Files.readAllBytes(f));
                ownNames.add(name);
            }
        }
        if (ownNames.isEmpty()) {
            throw new IllegalStateException("no statements under " + root.resolve("statements"));
        }
        reader = new Reader();
    }

    /** The whole read of the seed statement: decode, every stage, the record (JMH consumes what it returns). */
    @Benchmark
    public Reading readSeed() throws Exception {
        return reader.read(seedBytes, seedName);
    }

    /**
     * Every statement under {@code statements/} (not the gold records, not the index) in one invocation; returns how
     * many gave a record, so that a test can hold the benchmark to reading them all.
     */
    @Benchmark
    public int readOwnCorpus(Blackhole bh) throws Exception {
        int read = 0;
        for (int i = 0; i < ownBytes.size(); i++) {
            Reading r = reader.read(ownBytes.get(i), ownNames.get(i));
            bh.consume(r);
            if (r.record() != null) read++;
        }
        return read;
    }

    /** The repository root: {@code communique.root}, else the current directory or its parent. */
    static Path root() {
        String prop = System.getProperty("communique.root");
        List<Path> candidates = new ArrayList<>();
        if (prop != null && !prop.isBlank()) {
            candidates.add(Path.of(prop).toAbsolutePath().normalize());
        } else {
            Path cwd = Path.of("").toAbsolutePath().normalize();
            candidates.add(cwd);
            if (cwd.getParent() != null) candidates.add(cwd.getParent());
        }
        for (Path p : candidates) {
            if (Files.isDirectory(p.resolve("statements"))) return p;
        }
        throw new UncheckedIOException(new IOException(
                "cannot find the repository root (a folder holding statements/) among " + candidates
                        + "; run from the repository root or pass -Dcommunique.root=DIR"));
    }
}
