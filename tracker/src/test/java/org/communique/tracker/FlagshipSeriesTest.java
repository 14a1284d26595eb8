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
 * The U.S.-Kazakhstan dialogue of statements/, six rounds from 2015 to 2024: renamed "Enhanced" between the fourth
 * round under its old name and the rounds counted afresh under the new one, a mechanism launched in 2021 and
 * reported in 2024 under a longer name, an excerpt cut off mid-sentence. Stored from the gold records.
 */
class FlagshipSeriesTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    static final String[] NAMES = {"kz-us-spd-2015", "kz-us-espd-2020", "kz-us-espd-2021", "kz-us-espd-2022",
            "kz-us-espd-2023", "kz-us-espd-2024"};

    static Database db;
    static List<Long> kz;

    @BeforeAll
    static void storeAndTrack() {
        db = TestDatabases.fresh();
        // newest first: the order must not matter
        List<Long> newestFirst = new java.util.ArrayList<>(
                Statements.store(db, NAMES[5], NAMES[4], NAMES[3], NAMES[2], NAMES[1], NAMES[0]));
        java.util.Collections.reverse(newestFirst);
        kz = List.copyOf(newestFirst);
        Statements.store(db, "kz-uz-pc-2023", "eu-kz-cc-2023"); // Kazakhstan's other dialogues
        new Tracker(db).run(AS_OF);
    }

    static Series kzus() {
        return SeriesOverview.list(db).stream().filter(s -> s.parties().equals(List.of("KZ", "US"))).findFirst().orElseThrow();
    }

    static CommitmentView commitment(int round, String words) {
        return CommitmentOverview.list(db, null, null).stream()
                .filter(v -> v.roundId() == kz.get(round) && v.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no commitment '" + words + "' at " + NAMES[round]));
    }

    @Test
    void oneSeriesUnderTheKeyOfTheNameItGoesByNow() {
        Series s = kzus();
        assertThat(s.key()).isEqualTo("kz-us-espd");
        assertThat(s.name()).isEqualTo("Enhanced Strategic Partnership Dialogue");
        assertThat(s.rounds()).extracting(Series.SeriesRound::id).containsExactlyElementsOf(kz);
        assertThat(s.cadence().words()).isEqualTo("annual");
    }

    @Test
    void numberingRunsPerNameAndTheRenameIsAMark() {
        Series s = kzus();
        assertThat(s.rounds()).extracting(Series.SeriesRound::ordinal).containsExactly(4, 2, 3, 4, 5, 6);
        assertThat(s.rounds()).extracting(Series.SeriesRound::ordinalInferred)
                .containsExactly(false, true, true, true, false, false);
        assertThat(s.rounds()).extracting(Series.SeriesRound::renamedFrom)
                .containsExactly(null, "Strategic Partnership Dialogue", null, null, null, null);
        assertThat(s.rounds()).extracting(Series.SeriesRound::ordinalNote).containsOnlyNulls();
    }

    @Test
    void aMechanismReportedUnderALongerNameAndALaterOrdinalFulfilsItsLaunch() {
        CommitmentView launch = commitment(2, "High-Level Dialogue on Democratic Reforms");
        assertThat(launch.status()).isEqualTo("fulfilled");
        FollowThrough link = launch.timeline().stream().filter(f -> f.roundId() == kz.get(5)).findFirst().orElseThrow();
        assertThat(link.rule()).isEqualTo("mechanism");
        assertThat(link.quote()).contains("the third annual United States-Kazakhstan High-Level Dialogue on Human Rights"
                + " and Democratic Reforms, which met in Astana on May 20");
        assertThat(link.explanation()).contains("reports the third meeting of the United States-Kazakhstan High-Level"
                + " Dialogue on Human Rights and Democratic Reforms").contains("so the first meeting");
        assertThat(link.confidence()).isGreaterThan(0.9);
        // not a link from the rounds between, which do not name it
        assertThat(launch.timeline()).extracting(FollowThrough::roundId).containsExactly(kz.get(5));
    }

    @Test
    void nextRoundPlansAreFulfilledFromRoundToRound() {
        assertThat(commitment(3, "hold the next ESPD in 2023").status()).isEqualTo("fulfilled");
        assertThat(commitment(4, "convene the next ESPD in Washington in 2024").status()).isEqualTo("fulfilled");
        CommitmentView astana = commitment(5, "take place in Astana in 2025");
        assertThat(astana.status()).as("no round stored after 2024").isEqualTo("overdue");
    }

    @Test
    void whatIsCutOffByTheEndOfAnExcerptIsOffTheBoard() {
        List<CommitmentView> of2021 = CommitmentOverview.list(db, "kz-us-espd", null).stream()
                .filter(v -> v.roundId() == kz.get(2)).toList();
        assertThat(of2021).extracting(CommitmentView::text).doesNotContain("work closely with Kazakhstan on")
                .hasSize(3);
        Long stored = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM commitments WHERE round_id = :r AND cut_off").bind("r", kz.get(2)).mapTo(Long.class).one());
        assertThat(stored).as("kept as read, marked").isEqualTo(1);
        Long statuses = db.jdbi().withHandle(h -> h.createQuery("""
                SELECT count(*) FROM commitment_status s JOIN commitments c ON c.id = s.commitment_id WHERE c.cut_off""")
                .mapTo(Long.class).one());
        assertThat(statuses).isZero();
    }

    @Test
    void theOldKeyOfARoundLeadsToItsSeries() {
        var byOldName = new org.communique.store.SeriesStore(db).find("kz-us-spd");
        assertThat(byOldName).get().extracting(r -> r.key()).isEqualTo("kz-us-espd");
    }
}
