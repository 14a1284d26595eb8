package org.communique.tracker;

import org.communique.model.Records;
import org.communique.store.AuditLog;
import org.communique.store.CommitmentStore;
import org.communique.store.Database;
import org.communique.store.SeriesStore;
import org.communique.store.StoreException;
import org.communique.testsupport.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a person decides stands: the tracker, run again, never undoes it; and each decision is in the audit log. */
class DecisionsTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    static Database db;
    static List<Long> a;
    static List<Long> c;
    static List<Long> cl;
    static CommitmentStore commitments;
    static SeriesStore series;

    @BeforeAll
    static void storeAndTrack() {
        db = TestDatabases.fresh();
        a = Statements.store(db, Statements.SERIES_A);
        c = Statements.store(db, Statements.SERIES_C);
        cl = Statements.store(db, Statements.CL_NZ);
        new Tracker(db).run(AS_OF);
        commitments = new CommitmentStore(db);
        series = new SeriesStore(db);
    }

    static CommitmentView commitment(long round, String words) {
        return Statements.commitment(db, round, words);
    }

    @Test
    void aRejectedLinkStaysRejectedAndNoLongerCounts() {
        CommitmentView plan = commitment(a.get(1), "third round of the Dialogue");
        long link = plan.timeline().get(0).id();
        commitments.reject(link, "Dana Analyst");
        new Tracker(db).run(AS_OF);
        CommitmentView after = commitment(a.get(1), "third round of the Dialogue");
        assertThat(after.timeline()).singleElement().satisfies(f -> {
            assertThat(f.state()).isEqualTo("rejected");
            assertThat(f.decidedBy()).isEqualTo("Dana Analyst");
        });
        assertThat(after.status()).isEqualTo("overdue"); // due 2023 with no evidence that counts
        assertThat(new AuditLog(db).entries()).anySatisfy(e -> {
            assertThat(e.who()).isEqualTo("Dana Analyst");
            assertThat(e.action()).isEqualTo("link.reject");
            assertThat(Records.parseObject(e.details())).containsEntry("link", link);
        });
    }

    @Test
    void aConfirmedLinkIsKeptAsConfirmed() {
        long link = commitment(c.get(0), "inaugural Dialogue").timeline().get(0).id();
        assertThat(commitments.confirm(link, "Dana Analyst").state()).isEqualTo("confirmed");
        new Tracker(db).run(AS_OF);
        assertThat(commitment(c.get(0), "inaugural Dialogue").timeline()).singleElement()
                .satisfies(f -> assertThat(f.state()).isEqualTo("confirmed"));
    }

    @Test
    void aStatusAPersonSetIsNotOverriddenByTheTracker() {
        CommitmentView renewables = commitment(cl.get(0), "renewable energy");
        commitments.setStatus(renewables.id(), "withdrawn", "Sam Desk", "dropped at the 2022 round");
        new Tracker(db).run(AS_OF);
        CommitmentView after = commitment(cl.get(0), "renewable energy");
        assertThat(after.status()).isEqualTo("withdrawn");
        assertThat(after.statusBy()).isEqualTo("Sam Desk");
        assertThat(CommitmentOverview.list(db, "cl-nz-spd", "withdrawn")).extracting(CommitmentView::id)
                .containsExactly(renewables.id());
        assertThatThrownBy(() -> commitments.setStatus(renewables.id(), "done", "Sam Desk", null))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("'done' is not a status; use one of open, fulfilled");
    }

    @Test
    void aScorePerPartyWithItsReason() {
        long id = commitment(c.get(0), "Polish Institute").id();
        commitments.score(id, "pl", 1, "the office opened in 2022", "Sam Desk");
        commitments.score(id, "US", 0, "not its undertaking", "Sam Desk");
        commitments.score(id, "PL", -1, "on second reading, it opened only in 2023", "Dana Analyst");
        assertThat(commitment(c.get(0), "Polish Institute").scores())
                .extracting(s -> s.party() + " " + s.score() + " " + s.scoredBy())
                .containsExactly("PL -1 Dana Analyst", "US 0 Sam Desk");
        assertThat(new AuditLog(db).entries()).filteredOn(e -> e.action().equals("commitment.score")).hasSize(3);
        assertThatThrownBy(() -> commitments.score(id, "FR", 1, "x", "Sam Desk"))
                .hasMessage("FR is not a party to commitment " + id + " (its parties: PL, US)");
        assertThatThrownBy(() -> commitments.score(id, "PL", 2, "x", "Sam Desk")).hasMessageContaining("-1, 0 or +1");
        assertThatThrownBy(() -> commitments.score(id, "PL", 1, "x", "tracker")).hasMessageContaining("kept for the tracker");
    }

    @Test
    void aMergeAndAMoveAreNotUndoneByTheTracker() {
        series.merge("cl-nz-tc", "cl-nz-spd", "Sam Desk");
        new Tracker(db).run(AS_OF);
        assertThat(series.find("cl-nz-tc")).get().extracting(s -> s.key()).isEqualTo("cl-nz-spd"); // the old key still leads there
        assertThat(SeriesOverview.list(db)).extracting(Series::key).doesNotContain("cl-nz-tc");
        Series merged = SeriesOverview.list(db).stream().filter(s -> s.key().equals("cl-nz-spd")).findFirst().orElseThrow();
        assertThat(merged.rounds()).extracting(Series.SeriesRound::id).contains(cl.get(3));
        assertThat(merged.rounds()).filteredOn(r -> r.id() == cl.get(3)).singleElement()
                .satisfies(r -> assertThat(r.placedBy()).isEqualTo("Sam Desk"));

        series.move(a.get(2), "cl-nz-spd", "Dana Analyst", false); // a wrong move, but a person's: it stands
        TrackReport again = new Tracker(db).run(AS_OF);
        assertThat(series.placements().get(a.get(2)).seriesKey()).isEqualTo("cl-nz-spd");
        assertThat(new Tracker(db).run(AS_OF).changes()).as(again.toString()).isZero();
        series.move(a.get(2), "tm-us-espd", "Dana Analyst", false);
        new Tracker(db).run(AS_OF);
        assertThat(series.placements().get(a.get(2)).seriesKey()).isEqualTo("tm-us-espd");
        assertThat(new AuditLog(db).entries()).extracting(e -> e.who() + " " + e.action())
                .contains("Sam Desk series.merge", "Dana Analyst series.move");
    }

    @Test
    void unknownThingsAreOneSentence() {
        assertThatThrownBy(() -> series.merge("xx-yy", "cl-nz-spd", "Sam")).hasMessage("there is no series xx-yy (see `communique series`)");
        assertThatThrownBy(() -> series.move(999_999, "cl-nz-spd", "Sam", false)).hasMessage("there is no round 999999");
        assertThatThrownBy(() -> series.move(a.get(0), "xx-yy", "Sam", false)).hasMessageContaining("--create makes a new one");
        assertThatThrownBy(() -> series.move(a.get(0), "Not A Key", "Sam", true)).hasMessageStartingWith("a series key is");
        assertThatThrownBy(() -> commitments.confirm(999_999, "Sam")).hasMessage("there is no follow-through link 999999");
        assertThatThrownBy(() -> commitments.setStatus(999_999, "open", "Sam", null)).hasMessageStartingWith("there is no commitment 999999");
        assertThatThrownBy(() -> series.merge("tm-us-espd", "tm-us-espd", "Sam")).hasMessageContaining("already one series");
        assertThatThrownBy(() -> series.merge("tm-us-espd", "pl-us-sd", " ")).hasMessage("say who decides this (a person's name)");
    }
}
