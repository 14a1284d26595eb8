package org.communique.bench;

import org.communique.model.Reading;
import org.communique.reader.Reader;
import org.communique.reader.UnreadableException;
import org.communique.store.Database;
import org.communique.store.RoundStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Storing speed: N generated statements, read beforehand, stored with every row of their records",
                "into an embedded PostgreSQL in a temporary folder (deleted afterwards), in batches of B statements,",
                "one transaction and one COPY per table each (RoundStore.ingestAll), T batches at once; then the database's size."})
final class IngestCommand implements Callable<Integer> {
    @Option(names = "--statements", paramLabel = "N", defaultValue = "1000", description = "statements to store (default: ${DEFAULT-VALUE})")
    int statements;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "500", description = "statements per transaction (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--threads", paramLabel = "T", description = "batches stored at once, each by its own writer"
            + " (default: the number of cores, ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    CorpusSeed seed;

    static final List<String> TABLES = List.of("documents", "rounds", "people", "attendance", "posts",
            "round_topics", "acts", "commitments", "round_references", "evidence");

    @Override
    public Integer call() throws Exception {
        if (statements < 1 || batch < 1 || threads < 1) {
            System.err.println("communique: --statements, --batch and --threads must be at least 1");
            return BenchCommand.USAGE;
        }
        ReadBench.Corpus corpus = ReadBench.Corpus.generate(seed.value, statements);
        Reader reader = new Reader();
        long readStart = System.nanoTime();
        List<Reading> readings = IntStream.range(0, corpus.size()).parallel().mapToObj(i -> {
            try {
                return reader.read(corpus.bytes().get(i), corpus.names().get(i));
            } catch (UnreadableException e) {
                return null;
            }
        }).filter(r -> r != null).toList();
        double readSeconds = (System.nanoTime() - readStart) / 1e9;

        Path data = Files.createTempDirectory("communique-bench-ingest");
        try {
            Result r = ingest(data, readings, batch, threads);
            System.out.printf(Locale.ROOT, "ingest: %.0f statements/s (%d statements, %d per transaction, %d %s)%n",
                    r.statementsPerSecond(), readings.size(), batch, threads, threads == 1 ? "thread" : "threads at once");
            System.out.printf(Locale.ROOT, "database: %.1f MB after %d statements (pg_database_size, embedded PostgreSQL 17)%n",
                    r.databaseBytes() / 1e6, readings.size());
            System.out.println("rows: " + r.rows());
            System.out.printf(Locale.ROOT, "corpus: %d statements, %.2f MB, seed %d; read beforehand in %.1f s, not counted%n",
                    statements, corpus.totalBytes() / 1e6, seed.value, readSeconds);
            return BenchCommand.OK;
        } finally {
            delete(data);
        }
    }

    record Result(double statementsPerSecond, long databaseBytes, String rows) {}

    /**
     * Stores the readings into a fresh embedded PostgreSQL under {@code data}, {@code threads} batches at a time (one
     * transaction each, as one writer would), and measures it.
     */
    static Result ingest(Path data, List<Reading> readings, int batch, int threads) throws InterruptedException {
        try (Database db = Database.embedded(data)) {
            RoundStore store = new RoundStore(db);
            List<List<Reading>> batches = new ArrayList<>();
            for (int i = 0; i < readings.size(); i += batch) {
                batches.add(readings.subList(i, Math.min(readings.size(), i + batch)));
            }
            ExecutorService writers = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            try {
                List<Future<?>> stored = new ArrayList<>();
                for (List<Reading> b : batches) stored.add(writers.submit(() -> store.ingestAll(b)));
                for (Future<?> f : stored) f.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            } finally {
                writers.shutdownNow();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long size = db.size();
            List<String> counts = new ArrayList<>();
            for (String t : TABLES) counts.add(t + " " + store.count(t));
            return new Result(readings.size() / seconds, size, String.join(", ", counts));
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
