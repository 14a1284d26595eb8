package org.communique.tracker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** How often a series meets: the median gap between its rounds, in months and in words ("annual"). */
public record Cadence(Integer months, String words) {
    static final Cadence UNKNOWN = new Cadence(null, null);

    public static Cadence of(List<LocalDate> dates) {
        List<LocalDate> known = new ArrayList<>();
        for (LocalDate d : dates) if (d != null) known.add(d);
        Collections.sort(known);
        if (known.size() < 2) return UNKNOWN;
        List<Integer> gaps = new ArrayList<>();
        for (int i = 1; i < known.size(); i++) gaps.add(Dates.monthsBetween(known.get(i - 1), known.get(i)));
        Collections.sort(gaps);
        int n = gaps.size();
        int median = n % 2 == 1 ? gaps.get(n / 2) : Math.round((gaps.get(n / 2 - 1) + gaps.get(n / 2)) / 2f);
        return new Cadence(median, words(median));
    }

    private static String words(int months) {
        if (months >= 10 && months <= 14) return "annual";
        if (months >= 5 && months <= 7) return "twice a year";
        if (months >= 20 && months <= 28) return "every two years";
        if (months >= 2 && months <= 4) return "quarterly";
        return "every " + months + " months";
    }
}
