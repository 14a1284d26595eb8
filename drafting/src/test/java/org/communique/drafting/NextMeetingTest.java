package org.communique.drafting;

import org.communique.model.Cadence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The date and place of a next round: the last round's plan while still ahead, else the usual interval after today. */
class NextMeetingTest {
    static Planning.PastRound last(String date, String nextPlace, String nextDue) {
        return new Planning.PastRound(1, 6, date, "Washington", "US", nextPlace, nextDue);
    }

    @Test
    void aPlannedYearStillAheadTakesTheUsualDayInIt() {
        NextMeeting m = NextMeeting.of(last("2024-05-31", "Astana", "2025"), 12, LocalDate.of(2024, 8, 1));
        assertThat(m).isEqualTo(new NextMeeting("2025-05-31", "Astana", null));
        // planned for a later year than the interval gives: the usual month and day in that year
        assertThat(NextMeeting.of(last("2024-05-31", null, "2026"), 12, LocalDate.of(2024, 8, 1)).date()).isEqualTo("2026-05-31");
        // planned for a month
        assertThat(NextMeeting.of(last("2024-05-31", null, "2025-09"), 12, LocalDate.of(2024, 8, 1)).date()).isEqualTo("2025-09-30");
    }

    @Test
    void thePlacePlannedStaysWhenTheTimeHasPassed() {
        NextMeeting m = NextMeeting.of(last("2024-05-31", "Astana", "2025"), 12, LocalDate.of(2026, 1, 10));
        assertThat(m.date()).isEqualTo("2026-05-31");
        assertThat(m.place()).isEqualTo("Astana");
        assertThat(m.note()).startsWith("The last round planned the next one for 2025 in Astana, which has passed");
    }

    @Test
    void twoMissedMeetingsMakeTheSeriesLookDormant() {
        NextMeeting m = NextMeeting.of(last("2024-05-31", null, null), 12, LocalDate.of(2026, 12, 2));
        assertThat(m.date()).isEqualTo("2027-05-31");
        assertThat(m.note()).isEqualTo("The series looks dormant: no round is stored since 2024-05-31, and 2 of its usual"
                + " meetings (every 12 months) have passed since; the date proposed is the first by its usual interval after today.");
        assertThat(NextMeeting.of(last("2024-05-31", null, null), 12, LocalDate.of(2025, 2, 1)))
                .isEqualTo(new NextMeeting("2025-05-31", null, null));
    }

    @Test
    void aLastRoundKnownOnlyByItsYearCountsFromItsFirstDay() {
        // "2024" is all of 2024; where a day must stand for it, it is 1 January, as the tracker counts (PartialDate)
        assertThat(NextMeeting.of(last("2024", null, null), 12, LocalDate.of(2024, 8, 1)).date()).isEqualTo("2025-01-01");
        assertThat(NextMeeting.of(last("2024-05", null, "2025"), 12, LocalDate.of(2024, 8, 1)).date()).isEqualTo("2025-05-01");
        // a planned year is still ahead until its last day
        assertThat(NextMeeting.of(last("2024-05-31", null, "2025"), 12, LocalDate.of(2025, 12, 30)).date()).isEqualTo("2025-12-31");
    }

    @Test
    void thePlanTakesTheCadenceTheSeriesPageShows() {
        List<Planning.PastRound> rounds = Stream.of("2021-05-10", null, "2022-05-31", "2023-11-06")
                .map(d -> last(d, null, null)).toList();
        // the median of 12 and 18 calendar months, as the tracker's Cadence gives the series page
        assertThat(Planning.cadence(rounds)).isEqualTo(new Cadence(15, "every 15 months"));
        assertThat(Planning.cadence(List.of(last("2022", null, null), last("2023-06-15", null, null))).months()).isEqualTo(17);
        assertThat(Planning.cadence(List.of(last("2023-06-15", null, null))).monthsOr(NextMeeting.UNKNOWN_CADENCE_MONTHS))
                .isEqualTo(12);
    }

    @Test
    void datesInWordsSayAsMuchAsTheDateDoes() {
        String[][] words = {{"2023-11-06", "November 6, 2023", "November 2023"}, {"2023-11", "November 2023", "November 2023"},
                {"2023", "2023", "2023"}, {"next spring", "next spring", "next spring"}};
        for (String[] w : words) {
            assertThat(Statement.longDate(w[0])).isEqualTo(w[1]);
            assertThat(BriefingWords.monthYear(w[0])).isEqualTo(w[2]);
        }
    }

    @Test
    void theHostOfAPlaceIsThePartyWhoseCapitalItIs() {
        assertThat(NextMeeting.hostOf("Astana", List.of("KZ", "US"))).isEqualTo("KZ");
        assertThat(NextMeeting.hostOf("Almaty", List.of("KZ", "US"))).isNull();
    }
}
