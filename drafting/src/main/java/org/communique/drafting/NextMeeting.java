package org.communique.drafting;

import org.communique.model.PartialDate;

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
    /** The interval of a series whose cadence is unknown (fewer than two dated rounds): most meet once a year. */
    static final int UNKNOWN_CADENCE_MONTHS = 12;

    /**
     * {@code cadenceMonths} (at least 1) is added to the last round's date, its first day where it gives only a month
     * or a year (see {@link PartialDate}).
     */
    static NextMeeting of(Planning.PastRound last, int cadenceMonths, LocalDate today) {
        if (last == null) return new NextMeeting(null, null, null);
        LocalDate lastDate = PartialDate.earliestOf(last.date());
        String place = last.nextPlace();
        PartialDate planned = PartialDate.parse(last.nextDue()).orElse(null);
        boolean plannedAhead = planned != null && planned.latest().isAfter(today);
        if (lastDate == null) {
            LocalDate d = plannedAhead ? later(planned.earliest(), today) : null;
            return new NextMeeting(d == null ? null : d.toString(), place, null);
        }
        LocalDate byCadence = lastDate.plusMonths(cadenceMonths);
        if (plannedAhead) {
            // the round was planned for a time still ahead: the usual day, moved into it
            LocalDate d = planned.contains(byCadence) ? byCadence : sameDayIn(byCadence, planned);
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
                    + planned(last, planned) + "; the date proposed is the first by its usual interval after today.";
        } else if (planned != null) {
            note = "The last round planned the next one for " + last.nextDue() + (place == null ? "" : " in " + place)
                    + ", which has passed without a stored round; the date proposed is the first by the series' usual"
                    + " interval after today.";
        }
        return new NextMeeting(d.toString(), place, note);
    }

    private static String planned(Planning.PastRound last, PartialDate planned) {
        if (planned == null) return "";
        return " (it planned the next for " + last.nextDue() + (last.nextPlace() == null ? "" : " in " + last.nextPlace()) + ")";
    }

    /** The usual day moved into the planned time: its month and day in a planned year, its day in a planned month. */
    private static LocalDate sameDayIn(LocalDate usual, PartialDate planned) {
        if (planned.precision() == PartialDate.Precision.DAY) return planned.earliest();
        YearMonth month = planned.precision() == PartialDate.Precision.MONTH ? YearMonth.from(planned.earliest())
                : YearMonth.of(planned.year(), usual.getMonthValue());
        return month.atDay(Math.min(usual.getDayOfMonth(), month.lengthOfMonth()));
    }

    private static LocalDate later(LocalDate d, LocalDate today) {
        return d.isAfter(today) ? d : today.plusDays(1);
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
