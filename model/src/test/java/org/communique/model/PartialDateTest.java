package org.communique.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A date known to the year, the month or the day: its text, the days it covers, and how it compares with a day. */
class PartialDateTest {
    @Test
    void readsAndWritesTheThreeIsoForms() {
        for (String text : List.of("2024", "2024-05", "2024-05-17", "0001", "9999-12-31")) {
            assertThat(PartialDate.of(text).toString()).isEqualTo(text);
        }
        assertThat(PartialDate.of(" 2024-05 ").precision()).isEqualTo(PartialDate.Precision.MONTH);
        assertThat(PartialDate.of("2024").precision()).isEqualTo(PartialDate.Precision.YEAR);
        assertThat(PartialDate.of("2024-05-17").precision()).isEqualTo(PartialDate.Precision.DAY);
    }

    @Test
    void aTextWithoutADateGivesNone() {
        for (String text : new String[] {null, "", " ", "2023-02-30", "2024-13", "0000", "24", "2024-5-17", "May 2024",
                "2024-05-17T10:00", "?-05-17", "20245"}) {
            assertThat(PartialDate.parse(text)).as(String.valueOf(text)).isEmpty();
        }
        assertThat(PartialDate.earliestOf("2023-02-30")).isNull();
        assertThatThrownBy(() -> PartialDate.of("2024-13")).hasMessageContaining("\"2024-13\" is not a date");
        assertThatThrownBy(() -> new PartialDate(LocalDate.of(2024, 5, 2), PartialDate.Precision.MONTH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coversItsWholeYearOrMonth() {
        assertThat(PartialDate.of("2024").earliest()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(PartialDate.of("2024").latest()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(PartialDate.of("2024-02").latest()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(PartialDate.of("2023-02").latest()).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(PartialDate.of("2024-05-17").latest()).isEqualTo(LocalDate.of(2024, 5, 17));
        assertThat(PartialDate.earliestOf("2024-05")).isEqualTo(LocalDate.of(2024, 5, 1));
    }

    @Test
    void aYearBesideADayIsTheWholeYear() {
        PartialDate year = PartialDate.of("2024");
        assertThat(year.contains(LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(year.isBefore(LocalDate.of(2024, 12, 31))).isFalse();
        assertThat(year.isBefore(LocalDate.of(2025, 1, 1))).isTrue();
        assertThat(year.isAfter(LocalDate.of(2024, 1, 1))).isFalse();
        assertThat(year.isAfter(LocalDate.of(2023, 12, 31))).isTrue();
        assertThat(year.contains(LocalDate.of(2025, 1, 1))).isFalse();
    }

    @Test
    void sortsAsItsIsoTextSorts() {
        List<String> texts = List.of("2023-12-31", "2024", "2024-01", "2024-01-01", "2024-01-02", "2024-02", "2024-05-17",
                "2025");
        List<PartialDate> dates = new ArrayList<>(texts.stream().map(PartialDate::of).toList());
        Collections.reverse(dates);
        Collections.sort(dates);
        assertThat(dates.stream().map(PartialDate::toString).toList()).isEqualTo(texts);
        List<String> sorted = new ArrayList<>(texts);
        Collections.sort(sorted);
        assertThat(sorted).isEqualTo(texts);
    }

    @Test
    void monthsBetweenCountCalendarMonthsFromTheFirstDays() {
        assertThat(PartialDate.monthsBetween(PartialDate.of("2022-05-31"), PartialDate.of("2023-06-01"))).isEqualTo(13);
        assertThat(PartialDate.monthsBetween(PartialDate.of("2022"), PartialDate.of("2023-03"))).isEqualTo(14);
        assertThat(PartialDate.monthsBetween(PartialDate.of("2023-03-10"), PartialDate.of("2023-03-20"))).isZero();
    }
}
