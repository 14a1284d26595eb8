package org.communique.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** At most {@code perMinute} sign-in attempts a minute from one address; the rest are refused until the minute passes. */
final class SignInLimiter {
    private static final long MINUTE_NANOS = 60_000_000_000L;
    private static final int MAX_ADDRESSES = 10_000;

    private final int perMinute;
    private final Map<String, Deque<Long>> attempts = new HashMap<>();

    SignInLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Counts an attempt; returns 0 if it may go on, else the seconds to wait. */
    synchronized long attempt(String address) {
        long now = System.nanoTime();
        if (attempts.size() > MAX_ADDRESSES) attempts.values().removeIf(d -> d.isEmpty() || now - d.peekLast() > MINUTE_NANOS);
        Deque<Long> times = attempts.computeIfAbsent(address, a -> new ArrayDeque<>());
        while (!times.isEmpty() && now - times.peekFirst() > MINUTE_NANOS) times.pollFirst();
        if (times.size() >= perMinute) {
            return Math.max(1, (MINUTE_NANOS - (now - times.peekFirst())) / 1_000_000_000L + 1);
        }
        times.addLast(now);
        return 0;
    }
}
