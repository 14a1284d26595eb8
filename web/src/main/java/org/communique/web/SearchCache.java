package org.communique.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Answers to searches, kept for the same question: a search for a common word counts and facets every round
 * that holds it (seconds with 100,000 rounds stored), and people ask the same few questions. Every request
 * that may write (any method but GET and HEAD) and is let through (signed in where it must be, with its CSRF
 * token) empties it before it runs, and again after it if it succeeded; a refused one leaves it alone. On a PostgreSQL server
 * that others may write to, an answer is also kept at most {@link #SHARED_TTL_MILLIS}; the embedded one is this
 * process's alone, so there it is kept until a write.
 */
final class SearchCache {
    static final long SHARED_TTL_MILLIS = 30_000;
    private static final int MAX_ENTRIES = 512;

    private final long ttlMillis;

    /** @param shared whether processes other than this server may write to the store */
    SearchCache(boolean shared) {
        this.ttlMillis = shared ? SHARED_TTL_MILLIS : Long.MAX_VALUE;
    }

    private record Entry(long generation, long madeAt, Object value) {}

    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute) {
        long now = System.currentTimeMillis();
        long gen = generation.get();
        synchronized (entries) {
            Entry e = entries.get(key);
            if (e != null && e.generation() == gen && now - e.madeAt() < ttlMillis) return (T) e.value();
        }
        T value = compute.get();
        synchronized (entries) {
            // a write that began meanwhile may not be in this answer: keep it only if none did
            if (generation.get() == gen) entries.put(key, new Entry(gen, now, value));
        }
        return value;
    }

    /** How many times it was emptied: for tests. */
    long generation() {
        return generation.get();
    }

    /** Forgets every answer: the record may have changed. */
    void invalidate() {
        generation.incrementAndGet();
        synchronized (entries) {
            entries.clear();
        }
    }
}
