package org.communique.drafting;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

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
    void theHostOfAPlaceIsThePartyWhoseCapitalItIs() {
        assertThat(NextMeeting.hostOf("Astana", java.util.List.of("KZ", "US"))).isEqualTo("KZ");
        assertThat(NextMeeting.hostOf("Almaty", java.util.List.of("KZ", "US"))).isNull();
    }
}
