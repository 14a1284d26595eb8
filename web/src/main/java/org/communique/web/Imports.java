package org.communique.web;

import org.communique.model.Reading;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Statements read for an import but not yet stored: what the person saw in the preview is exactly what is
 * stored when they confirm. Kept in memory for an hour, for the user who read them, at most 200 at once.
 */
final class Imports {
    private static final Duration KEEP = Duration.ofHours(1);
    private static final int MAX = 200;

    /** One file or pasted text: its reading, or why it was refused. */
    record Item(String fileName, Reading reading, String refusal) {
        /** A statement read: refused when it names no round of a dialogue, so junk never becomes a round. */
        static Item read(String fileName, Reading reading) {
            return reading.record().namesARound() ? new Item(fileName, reading, null)
                    : new Item(fileName, null, org.communique.model.RoundRecord.NO_ROUND);
        }
    }

    private record Pending(long userId, Instant until, List<Item> items) {}

    private final Map<String, Pending> pending = new LinkedHashMap<>();

    synchronized String keep(long userId, List<Item> items) {
        Instant now = Instant.now();
        pending.values().removeIf(p -> p.until().isBefore(now));
        Iterator<String> oldest = pending.keySet().iterator();
        while (pending.size() >= MAX && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
        String id = Secrets.random();
        pending.put(id, new Pending(userId, now.plus(KEEP), new ArrayList<>(items)));
        return id;
    }

    /** The items kept under {@code id} for this user, removed from the pending list; null if none. */
    synchronized List<Item> take(String id, long userId) {
        Pending p = id == null ? null : pending.get(id);
        if (p == null || p.userId() != userId || p.until().isBefore(Instant.now())) return null;
        pending.remove(id);
        return p.items();
    }
}
