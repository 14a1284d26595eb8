package org.communique.tracker;

import org.communique.store.SeriesPlan;
import org.communique.store.TrackedRound;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbers the rounds of one series: the ordinal a statement states, else one more than the round
 * before (or one less than the round after), when the gap between them is about one usual interval.
 */
final class Ordinals {
    private static final int DEFAULT_GAP_MONTHS = 18;

    private Ordinals() {}

    /** {@code rounds} in date order; returns one member per round, in the same order. */
    static List<SeriesPlan.Member> number(List<TrackedRound> rounds) {
        int n = rounds.size();
        Integer[] ordinal = new Integer[n];
        boolean[] inferred = new boolean[n];
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ordinal[i] = rounds.get(i).ordinal();
            dates.add(Dates.start(rounds.get(i).date()));
        }
        Cadence cadence = Cadence.of(dates);
        // a neighbour further off than one and a half usual intervals may have rounds between it and this one
        int limit = cadence.months() == null ? DEFAULT_GAP_MONTHS
                : Math.max(DEFAULT_GAP_MONTHS, (int) Math.ceil(cadence.months() * 1.5));
        for (int i = 1; i < n; i++) {
            if (ordinal[i] != null || ordinal[i - 1] == null || !close(dates.get(i - 1), dates.get(i), limit)) continue;
            int candidate = ordinal[i - 1] + 1;
            if (fits(ordinal, i, candidate)) {
                ordinal[i] = candidate;
                inferred[i] = true;
            }
        }
        for (int i = n - 2; i >= 0; i--) {
            if (ordinal[i] != null || ordinal[i + 1] == null || !close(dates.get(i), dates.get(i + 1), limit)) continue;
            int candidate = ordinal[i + 1] - 1;
            if (candidate >= 1 && fits(ordinal, i, candidate)) {
                ordinal[i] = candidate;
                inferred[i] = true;
            }
        }
        List<SeriesPlan.Member> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new SeriesPlan.Member(rounds.get(i).id(), ordinal[i], inferred[i]));
        return out;
    }

    private static boolean close(LocalDate a, LocalDate b, int limit) {
        return a != null && b != null && !b.isBefore(a) && Dates.monthsBetween(a, b) <= limit;
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
