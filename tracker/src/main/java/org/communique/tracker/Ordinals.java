package org.communique.tracker;

import org.communique.model.Cadence;
import org.communique.model.PartialDate;
import org.communique.store.SeriesPlan;
import org.communique.store.TrackedRound;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the rounds of one series. Numbering runs per name: the rounds held under one name count among
 * themselves, so a dialogue renamed and counted afresh ("the fourth Strategic Partnership Dialogue" of 2015, "the
 * 5th Enhanced Strategic Partnership Dialogue" of 2023) keeps both counts, and the rename is a mark on the timeline
 * ({@link Naming}). Within a name, a round takes the ordinal its statement states; a round between two stated
 * ordinals that leave exactly its place takes that place; otherwise one more than the round before (or one less
 * than the round after) when the gap between them is about one usual interval. Stated ordinals that cannot all be
 * right are kept as stated and noted as a conflict, and are no ground for numbering others.
 */
final class Ordinals {
    private static final int DEFAULT_GAP_MONTHS = 18;

    /** A round's number and, where the numbering does not add up, why (null when it does). */
    record Numbered(long roundId, Integer ordinal, boolean inferred, String note) {
        SeriesPlan.Member member() {
            return new SeriesPlan.Member(roundId, ordinal, inferred);
        }
    }

    private Ordinals() {}

    /** {@code rounds} in date order; returns one member per round, in the same order. */
    static List<SeriesPlan.Member> number(List<TrackedRound> rounds) {
        return numbered(rounds).stream().map(Numbered::member).toList();
    }

    /** {@code rounds} in date order; one number per round, in the same order, with any conflict noted. */
    static List<Numbered> numbered(List<TrackedRound> rounds) {
        List<String> names = Naming.keys(rounds);
        Map<String, List<Integer>> byName = new LinkedHashMap<>();
        for (int i = 0; i < rounds.size(); i++) byName.computeIfAbsent(names.get(i), k -> new ArrayList<>()).add(i);
        Numbered[] out = new Numbered[rounds.size()];
        for (List<Integer> positions : byName.values()) {
            List<TrackedRound> same = positions.stream().map(rounds::get).toList();
            List<Numbered> numbered = numberOneName(same);
            for (int k = 0; k < positions.size(); k++) out[positions.get(k)] = numbered.get(k);
        }
        return List.of(out);
    }

    /** The rounds of one name, in date order. */
    private static List<Numbered> numberOneName(List<TrackedRound> rounds) {
        int n = rounds.size();
        Integer[] ordinal = new Integer[n];
        boolean[] inferred = new boolean[n];
        String[] note = new String[n];
        boolean[] conflicting = new boolean[n];
        List<PartialDate> dates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ordinal[i] = rounds.get(i).ordinal();
            dates.add(PartialDate.parse(rounds.get(i).date()).orElse(null));
        }
        markConflicts(rounds, ordinal, conflicting, note);
        Integer[] anchor = new Integer[n]; // the stated ordinals that agree with one another
        for (int i = 0; i < n; i++) if (!conflicting[i]) anchor[i] = ordinal[i];

        // between two stated ordinals that leave exactly the places of the rounds between them
        int before = -1;
        for (int i = 0; i < n; i++) {
            if (anchor[i] == null) continue;
            if (before >= 0 && anchor[i] - anchor[before] == i - before) {
                for (int k = before + 1; k < i; k++) {
                    if (ordinal[k] != null) continue; // a stated ordinal in conflict stays as stated
                    ordinal[k] = anchor[before] + (k - before);
                    inferred[k] = true;
                }
            }
            before = i;
        }
        Integer[] known = new Integer[n];
        for (int i = 0; i < n; i++) known[i] = conflicting[i] ? null : ordinal[i];
        int limit = gapLimit(dates);
        for (int i = 1; i < n; i++) {
            if (known[i] != null || ordinal[i] != null || known[i - 1] == null
                    || !close(dates.get(i - 1), dates.get(i), limit)) continue;
            if (fits(known, i, known[i - 1] + 1)) {
                ordinal[i] = known[i] = known[i - 1] + 1;
                inferred[i] = true;
            }
        }
        for (int i = n - 2; i >= 0; i--) {
            if (known[i] != null || ordinal[i] != null || known[i + 1] == null
                    || !close(dates.get(i), dates.get(i + 1), limit)) continue;
            int candidate = known[i + 1] - 1;
            if (candidate >= 1 && fits(known, i, candidate)) {
                ordinal[i] = known[i] = candidate;
                inferred[i] = true;
            }
        }
        List<Numbered> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new Numbered(rounds.get(i).id(), ordinal[i], inferred[i], note[i]));
        return out;
    }

    /**
     * Consecutive stated ordinals that cannot both be right (the later not higher) are each noted and set apart;
     * rounds between two stated ordinals that leave them no number are noted too.
     */
    private static void markConflicts(List<TrackedRound> rounds, Integer[] stated, boolean[] conflicting, String[] note) {
        int before = -1;
        for (int i = 0; i < stated.length; i++) {
            if (stated[i] == null) continue;
            if (before >= 0) {
                TrackedRound a = rounds.get(before);
                TrackedRound b = rounds.get(i);
                if (stated[i] <= stated[before]) {
                    conflicting[before] = conflicting[i] = true;
                    note[before] = append(note[before], "stated #" + stated[before] + ", but the round of " + b.date()
                            + " under the same name states #" + stated[i]);
                    note[i] = append(note[i], "stated #" + stated[i] + ", but the earlier round of " + a.date()
                            + " under the same name states #" + stated[before]);
                } else if (stated[i] - stated[before] - 1 < i - before - 1) {
                    for (int k = before + 1; k < i; k++) {
                        note[k] = append(note[k], "no number fits between #" + stated[before] + " (" + a.date() + ") and #"
                                + stated[i] + " (" + b.date() + ")");
                    }
                }
            }
            before = i;
        }
    }

    private static String append(String note, String more) {
        return note == null ? more : note + "; " + more;
    }

    /** A neighbour further off than one and a half usual intervals may have rounds between it and this one. */
    private static int gapLimit(List<PartialDate> dates) {
        Cadence cadence = Cadence.of(dates);
        return cadence.months() == null ? DEFAULT_GAP_MONTHS
                : Math.max(DEFAULT_GAP_MONTHS, (int) Math.ceil(cadence.months() * 1.5));
    }

    private static boolean close(PartialDate a, PartialDate b, int limit) {
        return a != null && b != null && !b.earliest().isBefore(a.earliest()) && PartialDate.monthsBetween(a, b) <= limit;
    }

    /** Whether {@code candidate} at {@code i} leaves room for the numbers already before and after it. */
    private static boolean fits(Integer[] ordinal, int i, int candidate) {
        for (int j = 0; j < ordinal.length; j++) {
            if (ordinal[j] == null || j == i) continue;
            if (j < i && ordinal[j] - candidate > j - i) return false; // an earlier round numbered too high
            if (j > i && ordinal[j] - candidate < j - i) return false; // a later round numbered too low
        }
        return true;
    }
}
