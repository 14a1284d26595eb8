package org.communique.drafting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * When and where the next round of a series should meet. The last round's own plan for the next meeting sets the
 * place and the time (a year, a month or a day) while that time is still ahead; the day is the last round's date
 * plus the series' usual interval, moved into the planned time, and always after today. A series that has missed
 * two of its usual meetings or more looks dormant, and the plan says so in its note.
 */
record NextMeeting(String date, String place, String note) {
    /** Intervals missed before a series is called dormant: one late meeting is late, two are a pattern. */
    static final int DORMANT_AFTER = 2;

    static NextMeeting of(Planning.PastRound last, int cadenceMonths, LocalDate today) {
        if (last == null) return new NextMeeting(null, null, null);
        LocalDate lastDate = Planning.date(last.date());
        String place = last.nextPlace();
        LocalDate plannedFrom = start(last.nextDue());
        LocalDate plannedTo = end(last.nextDue());
        if (lastDate == null) {
            LocalDate d = plannedFrom != null && plannedTo.isAfter(today) ? later(plannedFrom, today) : null;
            return new NextMeeting(d == null ? null : d.toString(), place, null);
        }
        LocalDate byCadence = lastDate.plusMonths(cadenceMonths);
        if (plannedFrom != null && plannedTo.isAfter(today)) {
            // the round was planned for a time still ahead: the usual day, moved into it
            boolean inside = !byCadence.isBefore(plannedFrom) && !byCadence.isAfter(plannedTo);
            LocalDate d = inside ? byCadence : sameDayIn(byCadence, last.nextDue());
            return new NextMeeting(later(d, today).toString(), place, null);
        }
        int missed = 0;
        LocalDate d = byCadence;
        while (!d.isAfter(today)) {
            d = d.plusMonths(cadenceMonths);
            missed++;
        }
        String note = null;
        if (missed >= DORMANT_AFTER) {
            note = "The series looks dormant: no round is stored since " + last.date() + ", and " + missed
                    + " of its usual meetings (every " + cadenceMonths + " months) have passed since"
                    + planned(last, plannedFrom) + "; the date proposed is the first by its usual interval after today.";
        } else if (plannedFrom != null) {
            note = "The last round planned the next one for " + last.nextDue() + (place == null ? "" : " in " + place)
                    + ", which has passed without a stored round; the date proposed is the first by the series' usual"
                    + " interval after today.";
        }
        return new NextMeeting(d.toString(), place, note);
    }

    private static String planned(Planning.PastRound last, LocalDate plannedFrom) {
        if (plannedFrom == null) return "";
        return " (it planned the next for " + last.nextDue() + (last.nextPlace() == null ? "" : " in " + last.nextPlace()) + ")";
    }

    /** The usual day moved into the planned time: its month and day in a planned year, its day in a planned month. */
    private static LocalDate sameDayIn(LocalDate usual, String planned) {
        LocalDate from = start(planned);
        if (planned.length() == 10) return from;
        YearMonth month = planned.length() == 4 ? YearMonth.of(from.getYear(), usual.getMonthValue()) : YearMonth.from(from);
        return month.atDay(Math.min(usual.getDayOfMonth(), month.lengthOfMonth()));
    }

    private static LocalDate later(LocalDate d, LocalDate today) {
        return d.isAfter(today) ? d : today.plusDays(1);
    }

    /** The first day an ISO date, month or year allows. */
    static LocalDate start(String iso) {
        if (iso == null) return null;
        try {
            if (iso.matches("\\d{4}")) return LocalDate.of(Integer.parseInt(iso), 1, 1);
            if (iso.matches("\\d{4}-\\d{2}")) return YearMonth.parse(iso).atDay(1);
            if (iso.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(iso);
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    /** The last day an ISO date, month or year allows. */
    static LocalDate end(String iso) {
        LocalDate s = start(iso);
        if (s == null) return null;
        if (iso.length() == 4) return LocalDate.of(s.getYear(), 12, 31);
        if (iso.length() == 7) return YearMonth.from(s).atEndOfMonth();
        return s;
    }

    /** The party of a series whose capital is {@code place}, if one is. */
    static String hostOf(String place, List<String> parties) {
        if (place == null) return null;
        for (String p : parties) {
            String capital = Countries.of(p).capital();
            if (capital != null && capital.equalsIgnoreCase(place.strip())) return p;
        }
        return null;
    }
}
