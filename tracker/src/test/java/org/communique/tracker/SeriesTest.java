package org.communique.tracker;

import org.communique.store.Database;
import org.communique.testsupport.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rounds into series, on the project's statements stored in a real embedded PostgreSQL. */
class SeriesTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    static Database db;
    static TrackReport first;
    static List<Long> a;
    static List<Long> b;

    @BeforeAll
    static void storeAndTrack() {
        db = TestDatabases.fresh();
        // stored out of date order and one series interleaved with others, as ingest may meet them
        a = Statements.store(db, "series-a-3-2023", "series-a-1-2021", "series-a-2-2022");
        b = Statements.store(db, "series-b-2-2023", "series-b-1-2022");
        Statements.store(db, "series-c-1-2021", "series-c-2-2022", "kz-us-espd-2023", "fixture:cl-nz-spd-1-2021",
                "fixture:cl-nz-spd-2-2022", "fixture:cl-nz-spd-3-2023", "fixture:cl-nz-tc-2022");
        first = new Tracker(db).run(AS_OF);
    }

    static Series series(String key) {
        return SeriesOverview.list(db).stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow(
                () -> new AssertionError("no series " + key + " in " + SeriesOverview.list(db).stream().map(Series::key).toList()));
    }

    @Test
    void eachDialogueIsOneSeries() {
        assertThat(SeriesOverview.list(db)).extracting(Series::key)
                .containsExactly("cl-nz-spd", "cl-nz-tc", "gb-ng-sdpd", "kz-us-espd", "pl-us-sd", "tm-us-espd");
        assertThat(first.series()).isEqualTo(6);
        assertThat(first.rounds()).isEqualTo(12);
    }

    @Test
    void aDriftingNameAndPartiesInEitherOrderStayOneSeries() {
        Series tm = series("tm-us-espd");
        assertThat(tm.parties()).containsExactly("TM", "US");
        assertThat(tm.rounds()).extracting(Series.SeriesRound::id).containsExactly(a.get(1), a.get(2), a.get(0));
        assertThat(tm.rounds()).extracting(Series.SeriesRound::name).containsExactly("Strategic Partnership Dialogue",
                "Enhanced Strategic Partnership Dialogue", "Enhanced Strategic Partnership Dialogue");
        assertThat(tm.rounds()).extracting(Series.SeriesRound::ordinal).containsExactly(1, 2, 3);
        assertThat(tm.name()).isEqualTo("Enhanced Strategic Partnership Dialogue");
        assertThat(tm.acronym()).isEqualTo("ESPD");
    }

    @Test
    void cadenceAndHostRotation() {
        Series tm = series("tm-us-espd");
        assertThat(tm.hosts().hosts()).containsExactly("TM", "US", "TM");
        assertThat(tm.hosts().pattern()).isEqualTo("alternating");
        assertThat(tm.cadence().words()).isEqualTo("annual");
        assertThat(series("gb-ng-sdpd").hosts().pattern()).isEqualTo("alternating");
        assertThat(series("kz-us-espd").cadence().words()).isNull(); // one round tells no cadence
    }

    @Test
    void aMissingOrdinalIsInferredFromTheRoundBefore() {
        Series gbng = series("gb-ng-sdpd");
        assertThat(gbng.rounds()).extracting(Series.SeriesRound::id).containsExactly(b.get(1), b.get(0));
        assertThat(gbng.rounds()).extracting(Series.SeriesRound::ordinal).containsExactly(4, 5);
        assertThat(gbng.rounds()).extracting(Series.SeriesRound::ordinalInferred).containsExactly(false, true);
        assertThat(first.inferredOrdinals()).isEqualTo(1);
    }

    @Test
    void anotherDialogueOfTheSameParties() {
        assertThat(series("cl-nz-spd").rounds()).hasSize(3);
        assertThat(series("cl-nz-tc").rounds()).hasSize(1);
        assertThat(series("cl-nz-tc").rounds().get(0).ordinal()).isNull(); // no neighbour to number it from
    }

    @Test
    void runningAgainChangesNothing() {
        var before = SeriesOverview.list(db);
        TrackReport again = new Tracker(db).run(AS_OF);
        assertThat(again.changes()).as(again.toString()).isZero();
        assertThat(SeriesOverview.list(db)).isEqualTo(before);
    }
}
