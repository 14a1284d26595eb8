package org.communique.tracker;

import java.time.LocalDate;
import java.time.YearMonth;

/** The ISO dates of the record, which may say only a month ("2024-03") or a year ("2024"). */
final class Dates {
    private Dates() {}

    /** The first day the text allows, or null when there is no date. */
    static LocalDate start(String iso) {
        if (iso == null || iso.isBlank()) return null;
        try {
            String s = iso.strip();
            if (s.matches("\\d{4}")) return LocalDate.of(Integer.parseInt(s), 1, 1);
            if (s.matches("\\d{4}-\\d{2}")) return YearMonth.parse(s).atDay(1);
            return LocalDate.parse(s.substring(0, Math.min(10, s.length())));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The last day the text allows ("2024" ends on 31 December 2024), or null. */
    static LocalDate end(String iso) {
        LocalDate start = start(iso);
        if (start == null) return null;
        String s = iso.strip();
        if (s.matches("\\d{4}")) return LocalDate.of(start.getYear(), 12, 31);
        if (s.matches("\\d{4}-\\d{2}")) return YearMonth.from(start).atEndOfMonth();
        return start;
    }

    static Integer year(String iso) {
        LocalDate d = start(iso);
        return d == null ? null : d.getYear();
    }

    /** Months from one date to another, by calendar month (May 2022 to June 2023 is 13). */
    static int monthsBetween(LocalDate from, LocalDate to) {
        return (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue();
    }
}
