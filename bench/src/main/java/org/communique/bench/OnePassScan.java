package org.communique.bench;

import java.util.Arrays;

/**
 * The floor the reader is measured against (issue 16): one pass over a statement's bytes that finds where each
 * word starts and ends and hashes it (FNV-1a), and does nothing else. No reader can read faster than its input is
 * read once, so the reader's speed as a share of this pass says how much room is left.
 */
final class OnePassScan {
    /** The hashes summed, kept where the JIT cannot see it unused. */
    static volatile long sink;

    private OnePassScan() {}

    /** The words of {@code text} (runs of ASCII letters and digits or of bytes of multi-byte UTF-8 characters). */
    static int words(byte[] text) {
        int count = 0;
        long sum = 0;
        int hash = FNV_OFFSET;
        boolean inWord = false;
        for (byte b : text) {
            int c = b | 0x20;
            boolean word = b < 0 || (b >= '0' && b <= '9') || (c >= 'a' && c <= 'z');
            if (word) {
                hash = (hash ^ (b & 0xff)) * FNV_PRIME;
                inWord = true;
            } else if (inWord) {
                sum += hash;
                count++;
                hash = FNV_OFFSET;
                inWord = false;
            }
        }
        if (inWord) {
            sum += hash;
            count++;
        }
        sink += sum;
        return count;
    }

    /** Statements and megabytes (10^6 bytes) per second: the median of {@code runs} passes on one thread. */
    static double[] median(ReadBench.Corpus corpus, int runs, double warmupSeconds) {
        long until = System.nanoTime() + (long) (warmupSeconds * 1e9);
        while (System.nanoTime() < until) pass(corpus);
        double[] seconds = new double[runs];
        for (int r = 0; r < runs; r++) seconds[r] = pass(corpus);
        Arrays.sort(seconds);
        double s = seconds[runs / 2];
        return new double[] {corpus.size() / s, corpus.totalBytes() / 1e6 / s};
    }

    private static double pass(ReadBench.Corpus corpus) {
        long start = System.nanoTime();
        for (byte[] text : corpus.bytes()) words(text);
        return (System.nanoTime() - start) / 1e9;
    }

    private static final int FNV_OFFSET = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;
}
