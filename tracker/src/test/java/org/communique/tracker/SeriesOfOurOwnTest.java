package org.communique.tracker;

import org.communique.store.Database;
import org.communique.store.FollowThrough;
import org.communique.testsupport.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three series of four rounds or more, as issue 13 asks: the U.S.-Kazakhstan dialogue (statements/, renamed),
 * the U.S.-Turkmenistan dialogue (statements/ and a fourth round of this module's fixtures, renamed after its first
 * round and counting on), and the Morocco-Portugal dialogue (fixtures: a working group launched at the first round and
 * reported under a longer name two rounds later, ordinals stated only at the first and the fourth, an excerpt cut
 * off at the end).
 */
class SeriesOfOurOwnTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    static Database db;
    static List<Long> kz;
    static List<Long> tm;
    static List<Long> ptma;

    @BeforeAll
    static void storeAndTrack() {
        db = TestDatabases.fresh();
        ptma = Statements.store(db, "fixture:pt-ma-sd-1-2019", "fixture:pt-ma-sd-2-2020", "fixture:pt-ma-sd-3-2021",
                "fixture:pt-ma-sd-4-2022");
        tm = Statements.store(db, "series-a-1-2021", "series-a-2-2022", "series-a-3-2023", "fixture:tm-us-espd-4-2024");
        kz = Statements.store(db, "kz-us-spd-2015", "kz-us-espd-2020", "kz-us-espd-2021", "kz-us-espd-2022",
                "kz-us-espd-2023", "kz-us-espd-2024");
        new Tracker(db).run(AS_OF);
    }

    static Series series(String key) {
        return SeriesOverview.list(db).stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no series " + key));
    }

    static CommitmentView commitment(long round, String words) {
        return Statements.commitment(db, round, words);
    }

    @Test
    void threeSeriesOfFourRoundsOrMore() {
        assertThat(SeriesOverview.list(db)).extracting(Series::key).containsExactly("kz-us-espd", "ma-pt-sd", "tm-us-espd");
        assertThat(series("kz-us-espd").rounds()).extracting(Series.SeriesRound::id).containsExactlyElementsOf(kz);
        assertThat(series("tm-us-espd").rounds()).extracting(Series.SeriesRound::id).containsExactlyElementsOf(tm);
        assertThat(series("ma-pt-sd").rounds()).extracting(Series.SeriesRound::id).containsExactlyElementsOf(ptma);
    }

    @Test
    void ordinalsBetweenTwoStatedOnesAreInferred() {
        Series s = series("ma-pt-sd");
        assertThat(s.rounds()).extracting(Series.SeriesRound::ordinal).containsExactly(1, 2, 3, 4);
        assertThat(s.rounds()).extracting(Series.SeriesRound::ordinalInferred).containsExactly(false, true, true, false);
        assertThat(s.rounds()).extracting(Series.SeriesRound::renamedFrom).containsOnlyNulls();
    }

    @Test
    void aRenameThatCountsOnIsAMarkAndKeepsTheCount() {
        Series s = series("tm-us-espd");
        assertThat(s.rounds()).extracting(Series.SeriesRound::ordinal).containsExactly(1, 2, 3, 4);
        assertThat(s.rounds()).extracting(Series.SeriesRound::renamedFrom)
                .containsExactly(null, "Strategic Partnership Dialogue", null, null);
        assertThat(series("kz-us-espd").rounds()).extracting(Series.SeriesRound::renamedFrom)
                .containsExactly(null, "Strategic Partnership Dialogue", null, null, null, null);
    }

    @Test
    void aWorkingGroupReportedTwoRoundsLaterUnderALongerNameFulfilsItsLaunch() {
        CommitmentView launch = commitment(ptma.get(0), "Working Group on Maritime Security");
        assertThat(launch.status()).isEqualTo("fulfilled");
        assertThat(launch.timeline()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("mechanism");
            assertThat(f.roundId()).isEqualTo(ptma.get(2));
            assertThat(f.quote()).isEqualTo("The delegations welcomed the results of the second meeting of the"
                    + " Morocco-Portugal Joint Working Group on Maritime Security and Blue Economy, held in Porto in September.");
            assertThat(f.explanation()).contains("reports the second meeting of the Morocco-Portugal Joint Working Group"
                    + " on Maritime Security and Blue Economy, so the first meeting");
        });
        assertThat(commitment(ptma.get(0), "trade office").status()).as("nothing shows it").isEqualTo("overdue");
    }

    @Test
    void aCommitmentCutOffByTheEndOfTheTextIsOffTheBoard() {
        List<CommitmentView> last = CommitmentOverview.list(db, "ma-pt-sd", null).stream()
                .filter(v -> v.roundId() == ptma.get(3)).toList();
        assertThat(last).extracting(CommitmentView::text).containsExactly("set up a joint committee on renewable energy");
    }

    @Test
    void nextRoundPlansAcrossTheSeries() {
        for (int i = 0; i < 3; i++) {
            CommitmentView plan = CommitmentOverview.list(db, "ma-pt-sd", null).stream()
                    .filter(v -> v.roundId() == ptma.get(0) || v.roundId() == ptma.get(1) || v.roundId() == ptma.get(2))
                    .filter(v -> v.place() != null && v.text().matches(".*(take place|be held|hold the next).*")).toList().get(i);
            assertThat(plan.status()).as(plan.text()).isEqualTo("fulfilled");
            assertThat(plan.timeline()).extracting(FollowThrough::rule).containsExactly("next-round");
        }
    }
}
