package org.communique.bench;

import org.communique.reader.Reader;
import org.communique.reader.UnreadableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "read", mixinStandardHelpOptions = true,
        description = {"Reading speed: N generated statements read from memory on one thread, then on all cores;",
                "the median of R passes after a warm-up, and the heap in use after GC.",
                "The first line reads 'read: <n> statements/s, <m> MB/s (1 thread)' (MB = 10^6 bytes); the third, the",
                "same statements passed over once, finding and hashing each word, and the reader's share of that speed."})
final class ReadCommand implements Callable<Integer> {
    @Option(names = "--statements", paramLabel = "N", defaultValue = "2000", description = "statements to generate (default: ${DEFAULT-VALUE})")
    int statements;

    @Mixin
    CorpusSeed seed;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "5", description = "timed passes; the median is reported (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "3", description = "warm-up before timing (default: ${DEFAULT-VALUE})")
    double warmup;

    @Option(names = "--threads", paramLabel = "T", description = "threads for the second line (default: every core, here ${sys:communique.cores})")
    Integer threads;

    @Option(names = "--heap", paramLabel = "MB",
            description = "check instead that the same command runs in a JVM whose heap is limited to MB (e.g. 64)")
    Integer heapLimit;

    @Option(names = "--baseline", paramLabel = "NAME",
            description = "also run another tool on the same statements and print the ratio (corenlp: needs the bench module built with -Pcorenlp)")
    String baseline;

    @Option(names = "--baseline-statements", paramLabel = "M", defaultValue = "30",
            description = "how many of the statements the baseline processes, it being slow (default: ${DEFAULT-VALUE})")
    int baselineStatements;

    static {
        System.setProperty("communique.cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public Integer call() throws Exception {
        if (statements < 1 || runs < 1 || warmup < 0 || (threads != null && threads < 1) || baselineStatements < 1) {
            System.err.println("communique: --statements, --runs, --threads and --baseline-statements must be at least 1");
            return BenchCommand.USAGE;
        }
        if (heapLimit != null) return heapCheck();
        Optional<Baseline> other = Optional.empty();
        if (baseline != null) {
            other = Baseline.named(baseline);
            if (other.isEmpty()) {
                System.err.println("communique: no baseline named '" + baseline + "' on the class path; the CoreNLP baseline "
                        + "exists only in a build with -Pcorenlp (see BENCHMARKS.md for the command)");
                return BenchCommand.REFUSED;
            }
        }
        int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();

        ReadBench.Corpus corpus = ReadBench.Corpus.generate(seed.value, statements);
        long heapWithCorpus = ReadBench.heapAfterGc();
        Reader reader = new Reader();
        reader.read("warm the knowledge tables up");
        long heapWithReader = ReadBench.heapAfterGc();
        ReadBench bench = new ReadBench(reader, corpus);

        bench.warmUp(1, warmup);
        ReadBench.Rate one = bench.median(1, runs);
        System.out.printf(Locale.ROOT, "read: %.0f statements/s, %.1f MB/s (1 thread)%n",
                one.statementsPerSecond(), one.megabytesPerSecond());
        if (cores > 1) bench.warmUp(cores, Math.min(warmup, 1));
        ReadBench.Rate all = bench.median(cores, runs);
        System.out.printf(Locale.ROOT, "read: %.0f statements/s, %.1f MB/s (%d %s, %s)%n",
                all.statementsPerSecond(), all.megabytesPerSecond(), cores, cores == 1 ? "thread" : "threads",
                cores == Runtime.getRuntime().availableProcessors() ? "all cores" : "of " + Runtime.getRuntime().availableProcessors() + " cores");
        double[] scan = OnePassScan.median(corpus, runs, Math.min(warmup, 1));
        System.out.printf(Locale.ROOT, "scan: %.0f statements/s, %.1f MB/s (1 thread: one pass that finds each word and "
                + "hashes it, nothing else); the reader reads at %.1f %% of it%n", scan[0], scan[1],
                100 * one.statementsPerSecond() / scan[0]);
        long heap = ReadBench.heapAfterGc();
        long max = Runtime.getRuntime().maxMemory();
        System.out.printf(Locale.ROOT, "heap: %.1f MB used after GC (the reader's tables %.1f MB, the %d statements held in memory %.1f MB); max heap %.0f MB%n",
                heap / 1e6, Math.max(0, heapWithReader - heapWithCorpus) / 1e6, statements, corpus.totalBytes() / 1e6, max / 1e6);
        System.out.printf(Locale.ROOT, "cpu: %.0f statements per CPU-second (1 thread), %.0f per CPU-second of the %d threads (thread CPU time: less disturbed by other load than wall time)%n",
                one.statementsPerCpuSecond(), all.statementsPerCpuSecond(), cores);
        System.out.printf(Locale.ROOT, "corpus: %d statements, %.2f MB (mean %d bytes), seed %d; median of %d passes after %.0f s warm-up; %d refused%n",
                statements, corpus.totalBytes() / 1e6, corpus.totalBytes() / statements, seed.value, runs, warmup, one.refused());
        if (other.isPresent()) return compare(other.get(), reader, corpus);
        return BenchCommand.OK;
    }

    /**
     * The baseline and the reader on the same first M statements, one thread each, interleaved statement by
     * statement (the reader reads each one {@link #READER_REPEATS} times) so that both meet the same load on a
     * shared machine.
     */
    private int compare(Baseline other, Reader reader, ReadBench.Corpus corpus) throws Exception {
        int m = Math.min(baselineStatements, corpus.size());
        List<String> texts = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            try {
                texts.add(reader.read(corpus.bytes().get(i), corpus.names().get(i)).document().text());
            } catch (UnreadableException e) {
                texts.add("");
            }
        }
        for (int i = 0; i < Math.min(3, m); i++) other.process(texts.get(i)); // loads the models, warms the JIT
        long found = 0;
        long baseNanos = 0;
        long readerNanos = 0;
        for (int i = 0; i < m; i++) {
            long s = System.nanoTime();
            found += other.process(texts.get(i));
            long t = System.nanoTime();
            for (int k = 0; k < READER_REPEATS; k++) {
                try {
                    reader.read(corpus.bytes().get(i), corpus.names().get(i));
                } catch (UnreadableException e) {
                    // counted as read: the baseline was given the same (empty) text
                }
            }
            long u = System.nanoTime();
            baseNanos += t - s;
            readerNanos += u - t;
        }
        double baseRate = m / (baseNanos / 1e9);
        double readerRate = (double) m * READER_REPEATS / (readerNanos / 1e9);
        System.out.printf(Locale.ROOT, "baseline: %s %.2f statements/s (1 thread, %d statements, %d tokens and entities)%n",
                other.description(), baseRate, m, found);
        System.out.printf(Locale.ROOT, "baseline: reader %.0f statements/s on the same %d statements (1 thread, interleaved): %.0fx %s%n",
                readerRate, m, readerRate / baseRate, other.name());
        return BenchCommand.OK;
    }

    static final int READER_REPEATS = 20;

    /** Runs this command again in a JVM with -Xmx{heap}m and reports whether it finished. */
    private int heapCheck() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heapLimit + "m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), BenchCommand.class.getName(), "read",
                "--statements", String.valueOf(statements), "--seed", String.valueOf(seed.value),
                "--runs", String.valueOf(runs), "--warmup", String.valueOf(warmup)));
        if (threads != null) cmd.addAll(List.of("--threads", String.valueOf(threads)));
        System.out.println("heap check: " + String.join(" ", cmd.subList(1, 3)) + " ... read --statements " + statements);
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        int code = p.waitFor();
        if (code == 0) {
            System.out.println("heap check: passed, the reader read " + statements + " statements on every core within -Xmx"
                    + heapLimit + "m");
            return BenchCommand.OK;
        }
        System.out.println("heap check: failed with -Xmx" + heapLimit + "m (exit " + code + ")");
        return BenchCommand.REFUSED;
    }

}
