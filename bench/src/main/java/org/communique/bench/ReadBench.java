package org.communique.bench;

import org.communique.reader.Reader;
import org.communique.reader.UnreadableException;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/** Times {@link Reader#read(byte[], String)} over generated statements held in memory, on one thread or several. */
final class ReadBench {
    /** Generated statements as bytes, with their file names (which tell HTML from text). */
    record Corpus(List<byte[]> bytes, List<String> names, long totalBytes) {
        int size() {
            return bytes.size();
        }

        static Corpus generate(long seed, int n) {
            CorpusGenerator g = new CorpusGenerator(seed);
            CorpusGenerator.Statement[] s = IntStream.range(0, n).parallel().mapToObj(g::statement)
                    .toArray(CorpusGenerator.Statement[]::new);
            List<byte[]> bytes = new ArrayList<>(n);
            List<String> names = new ArrayList<>(n);
            long total = 0;
            for (CorpusGenerator.Statement st : s) {
                bytes.add(st.bytes());
                names.add(st.fileName());
                total += st.bytes().length;
            }
            return new Corpus(List.copyOf(bytes), List.copyOf(names), total);
        }
    }

    /**
     * One timing: statements and megabytes (10^6 bytes) per second of wall time, statements per second of the
     * reading threads' CPU time (which other processes on a shared machine disturb less), and refusals.
     */
    record Rate(int threads, double statementsPerSecond, double megabytesPerSecond, double statementsPerCpuSecond,
                int refused) {}

    private final Reader reader;
    private final Corpus corpus;

    ReadBench(Reader reader, Corpus corpus) {
        this.reader = reader;
        this.corpus = corpus;
    }

    /** Reads statements round and round on {@code threads} threads for about {@code seconds}, so that the JIT settles. */
    void warmUp(int threads, double seconds) throws Exception {
        long until = System.nanoTime() + (long) (seconds * 1e9);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    while (System.nanoTime() < until) {
                        int i = Math.floorMod(next.getAndIncrement(), corpus.size());
                        readQuietly(i);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdownNow();
        }
    }

    /** The median of {@code runs} passes over the whole corpus on {@code threads} threads. */
    Rate median(int threads, int runs) throws Exception {
        Rate[] rates = new Rate[runs];
        for (int i = 0; i < runs; i++) rates[i] = pass(threads);
        Arrays.sort(rates, (x, y) -> Double.compare(x.statementsPerSecond(), y.statementsPerSecond()));
        return rates[runs / 2];
    }

    /** One pass over the corpus; the threads take the next statement from a shared counter. */
    Rate pass(int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong cpuNanos = new java.util.concurrent.atomic.AtomicLong();
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    long cpu = mx.getCurrentThreadCpuTime();
                    for (int i = next.getAndIncrement(); i < corpus.size(); i = next.getAndIncrement()) {
                        if (!readQuietly(i)) refused.incrementAndGet();
                    }
                    cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - cpu);
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Rate(threads, corpus.size() / seconds, corpus.totalBytes() / 1e6 / seconds,
                    corpus.size() / (cpuNanos.get() / 1e9), refused.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean readQuietly(int i) {
        try {
            return reader.read(corpus.bytes().get(i), corpus.names().get(i)).record() != null;
        } catch (UnreadableException e) {
            return false;
        }
    }

    /** Heap in use after asking for a full collection (twice, as one request may be partly honoured). */
    static long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
