package org.communique.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * How often a series meets: the median gap between its rounds, in calendar months between their first days (see
 * {@link PartialDate}), and in words ("annual"). The series pages show it and the next round's plan adds it, so both
 * take it from here.
 */
public record Cadence(Integer months, String words) {
    public static final Cadence UNKNOWN = new Cadence(null, null);

    /** The cadence of rounds held on {@code dates} (in any order; nulls, rounds without a date, are left out). */
    public static Cadence of(List<PartialDate> dates) {
        List<PartialDate> known = new ArrayList<>(dates.stream().filter(Objects::nonNull).toList());
        Collections.sort(known);
        if (known.size() < 2) return UNKNOWN;
        List<Integer> gaps = new ArrayList<>();
        for (int i = 1; i < known.size(); i++) gaps.add(PartialDate.monthsBetween(known.get(i - 1), known.get(i)));
        Collections.sort(gaps);
        int n = gaps.size();
        int median = n % 2 == 1 ? gaps.get(n / 2) : Math.round((gaps.get(n / 2 - 1) + gaps.get(n / 2)) / 2f);
        return new Cadence(median, words(median));
    }

    /**
     * The interval to add to a round's date for the next: the cadence, {@code unknown} when there is none, and at
     * least one month (two rounds in one month say "soon", not "the same day again").
     */
    public int monthsOr(int unknown) {
        return months == null ? unknown : Math.max(1, months);
    }

    private static String words(int months) {
        if (months >= 10 && months <= 14) return "annual";
        if (months >= 5 && months <= 7) return "twice a year";
        if (months >= 20 && months <= 28) return "every two years";
        if (months >= 2 && months <= 4) return "quarterly";
        return "every " + months + " months";
    }
}
