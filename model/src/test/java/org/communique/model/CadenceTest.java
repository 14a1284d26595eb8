package org.communique.model;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How often a series meets, the one computation the series pages and the next round's plan share. */
class CadenceTest {
    private static Cadence of(String... dates) {
        return Cadence.of(Arrays.stream(dates).map(d -> d == null ? null : PartialDate.of(d)).toList());
    }

    @Test
    void theMedianGapInCalendarMonths() {
        assertThat(of("2021-05-10", "2022-05-31", "2023-11-06")).isEqualTo(new Cadence(15, "every 15 months"));
        assertThat(of("2023-11-06", "2021-05-10", null, "2022-05-31", "2024-05-31")).isEqualTo(new Cadence(12, "annual"));
        // an even number of gaps: the mean of the middle two
        assertThat(of("2020-01", "2020-07", "2021-01", "2021-08", "2022-08").months()).isEqualTo(7);
        assertThat(of("2020", "2022")).isEqualTo(new Cadence(24, "every two years"));
    }

    @Test
    void fewerThanTwoDatesTellNone() {
        assertThat(of("2024-05-31")).isEqualTo(Cadence.UNKNOWN);
        assertThat(Cadence.of(List.of())).isEqualTo(Cadence.UNKNOWN);
        assertThat(Cadence.UNKNOWN.monthsOr(12)).isEqualTo(12);
    }

    @Test
    void anIntervalToAddIsAtLeastAMonth() {
        assertThat(of("2024-05-02", "2024-05-20").months()).isZero();
        assertThat(of("2024-05-02", "2024-05-20").monthsOr(12)).isEqualTo(1);
        assertThat(of("2023-05-02", "2024-05-20").monthsOr(6)).isEqualTo(12);
    }
}
