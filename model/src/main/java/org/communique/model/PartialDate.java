package org.communique.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year ("2024"), the month ("2024-05") or the day ("2024-05-17"), as statements give them: "the
 * next round will be held in Astana in 2025". Its text is the ISO form the record keeps (RECORD-FORMAT.md).
 * <p>
 * What "2024" means beside a day: the whole of 2024, never a guessed day in it. Against a day it is before it only when
 * all of it is ({@link #isBefore}: its latest day is earlier), after it only when all of it is, and otherwise it
 * {@link #contains} it: a plan "for 2025" is met by a round on any day of 2025, and overdue from 1 January 2026 on.
 * Where one day must stand for it (putting dates in order, counting the months between rounds, adding an interval to a
 * round's date) that day is its {@link #earliest}, the coarser date first when two start on the same day. That is the
 * order of the ISO texts too ("2024" &lt; "2024-01-01" &lt; "2024-05" &lt; "2024-05-17"), so the store's ORDER BY on a
 * date's text and {@link #compareTo} agree.
 */
public record PartialDate(LocalDate earliest, Precision precision) implements Comparable<PartialDate> {
    /** How much of the date is known; coarse to fine, the order {@link #compareTo} breaks ties by. */
    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(precision, "precision");
        boolean aligned = switch (precision) {
            case YEAR -> earliest.getDayOfYear() == 1;
            case MONTH -> earliest.getDayOfMonth() == 1;
            case DAY -> true;
        };
        if (!aligned) throw new IllegalArgumentException(earliest + " is not the first day of its " + precision);
        if (earliest.getYear() < 1 || earliest.getYear() > 9999) {
            throw new IllegalArgumentException(earliest + " is outside the years 1 to 9999 an ISO date writes");
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(LocalDate.of(year, month, 1), Precision.MONTH);
    }

    public static PartialDate ofDay(LocalDate day) {
        return new PartialDate(day, Precision.DAY);
    }

    /**
     * The date an ISO text gives ("2024", "2024-05", "2024-05-17", spaces around it aside), or empty where there is
     * none: no text, another form, or a day that does not exist ("2023-02-30", year 0000).
     */
    public static Optional<PartialDate> parse(String text) {
        if (text == null) return Optional.empty();
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) return Optional.of(ofYear(year));
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) return Optional.of(ofMonth(year, month));
            return Optional.of(ofDay(LocalDate.of(year, month, Integer.parseInt(m.group(3)))));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The date of a text known to hold one (a constant, a test); else an exception that quotes the text. */
    public static PartialDate of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("\"" + text + "\" is not a date (yyyy, yyyy-mm or yyyy-mm-dd)"));
    }

    /** The first day of {@code text}'s date, or null where it holds none: for code that keeps days. */
    public static LocalDate earliestOf(String text) {
        return parse(text).map(PartialDate::earliest).orElse(null);
    }

    /** The last day it covers: 31 December for a year, the month's last day for a month. */
    public LocalDate latest() {
        return switch (precision) {
            case YEAR -> earliest.withDayOfYear(earliest.lengthOfYear());
            case MONTH -> YearMonth.from(earliest).atEndOfMonth();
            case DAY -> earliest;
        };
    }

    public int year() {
        return earliest.getYear();
    }

    /** Whether {@code day} is one of the days it covers. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(earliest) && !day.isAfter(latest());
    }

    /** Whether all of it is before {@code day}: "2024" is before 1 January 2025, not before 31 December 2024. */
    public boolean isBefore(LocalDate day) {
        return latest().isBefore(day);
    }

    /** Whether all of it is after {@code day}. */
    public boolean isAfter(LocalDate day) {
        return earliest.isAfter(day);
    }

    /** Calendar months from one date's first day to another's (May 2022 to June 2023 is 13, "2022" to "2023-03" is 14). */
    public static int monthsBetween(PartialDate from, PartialDate to) {
        return (to.year() - from.year()) * 12 + to.earliest.getMonthValue() - from.earliest.getMonthValue();
    }

    /** By first day, the coarser date first where they share it: the order of the ISO texts. */
    @Override
    public int compareTo(PartialDate o) {
        int byDay = earliest.compareTo(o.earliest);
        return byDay != 0 ? byDay : precision.compareTo(o.precision);
    }

    /** The ISO text: "2024", "2024-05" or "2024-05-17". */
    @Override
    public String toString() {
        String day = earliest.toString();
        return switch (precision) {
            case YEAR -> day.substring(0, 4);
            case MONTH -> day.substring(0, 7);
            case DAY -> day;
        };
    }
}
