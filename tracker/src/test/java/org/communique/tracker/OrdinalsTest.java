package org.communique.tracker;

import org.communique.store.TrackedRound;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbering the rounds of one series: per name, between stated ordinals, and conflicts shown, never resolved. */
class OrdinalsTest {
    private static long ids;

    static TrackedRound round(String name, String acronym, Integer ordinal, String date) {
        return new TrackedRound(++ids, ids, name, acronym, List.of("KZ", "US"), ordinal, date, null, null, null, null);
    }

    static List<Integer> ordinals(List<TrackedRound> rounds) {
        List<Integer> out = new ArrayList<>();
        for (Ordinals.Numbered n : Ordinals.numbered(rounds)) out.add(n.ordinal());
        return out;
    }

    static List<String> notes(List<TrackedRound> rounds) {
        List<String> out = new ArrayList<>();
        for (Ordinals.Numbered n : Ordinals.numbered(rounds)) out.add(n.note());
        return out;
    }

    @Test
    void anOldNamesCountDoesNotBlockTheNewOnes() {
        List<TrackedRound> rounds = List.of(round("Strategic Partnership Dialogue", null, 4, "2015-11-02"),
                round("Enhanced Strategic Partnership Dialogue", "ESPD", null, "2021-12-15"),
                round("Enhanced Strategic Partnership Dialogue", "ESPD", null, "2022-12-05"),
                round("Enhanced Strategic Partnership Dialogue", "ESPD", 5, "2023-11-06"));
        assertThat(ordinals(rounds)).containsExactly(4, 3, 4, 5);
        assertThat(Naming.renamedFrom(rounds)).containsExactly(null, "Strategic Partnership Dialogue", null, null);
    }

    @Test
    void betweenTwoStatedOrdinalsThatLeaveExactlyTheirPlacesHoweverLongTheGaps() {
        List<TrackedRound> rounds = List.of(round("Strategic Dialogue", null, 1, "2012-05-01"),
                round("Strategic Dialogue", null, null, "2016-05-01"),
                round("Strategic Dialogue", null, null, "2021-05-01"),
                round("Strategic Dialogue", null, 4, "2022-05-01"),
                round("Strategic Dialogue", null, null, "2030-05-01"));
        assertThat(ordinals(rounds)).containsExactly(1, 2, 3, 4, null); // nine years on: rounds may be missing
    }

    @Test
    void statedOrdinalsInConflictAreShownAndNumberNothing() {
        List<TrackedRound> rounds = List.of(round("Strategic Dialogue", null, 6, "2021-05-01"),
                round("Strategic Dialogue", null, 5, "2022-05-01"),
                round("Strategic Dialogue", null, null, "2023-05-01"));
        assertThat(ordinals(rounds)).containsExactly(6, 5, null);
        assertThat(notes(rounds).get(0)).isEqualTo("stated #6, but the round of 2022-05-01 under the same name states #5");
        assertThat(notes(rounds).get(1)).isEqualTo("stated #5, but the earlier round of 2021-05-01 under the same name states #6");
        assertThat(notes(rounds).get(2)).isNull();
    }

    @Test
    void aRoundWithNoNumberLeftBetweenTwoStatedOnesIsNoted() {
        List<TrackedRound> rounds = List.of(round("Strategic Dialogue", null, 3, "2021-05-01"),
                round("Strategic Dialogue", null, null, "2021-11-01"),
                round("Strategic Dialogue", null, 4, "2022-05-01"));
        assertThat(ordinals(rounds)).containsExactly(3, null, 4);
        assertThat(notes(rounds).get(1)).isEqualTo("no number fits between #3 (2021-05-01) and #4 (2022-05-01)");
    }

    @Test
    void wordsThatNumberARoundRenameNothingAndAnAcronymJoinsTheNameItSpells() {
        List<TrackedRound> rounds = List.of(round("Annual Strategic Partnership Dialogue", null, 1, "2021-05-01"),
                round(null, "SPD", null, "2022-05-01"),
                round("Strategic Partnership Dialogue meeting", null, 3, "2023-05-01"),
                round(null, null, null, "2024-05-01"));
        assertThat(Naming.renamedFrom(rounds)).containsOnlyNulls();
        assertThat(ordinals(rounds)).containsExactly(1, 2, 3, 4);
    }
}
