package org.communique.tracker;

import org.communique.store.CommitmentStore;
import org.communique.store.Database;
import org.communique.store.FollowThrough;
import org.communique.testsupport.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Commitments followed to their outcome by the three rules, and the links that must not be made. */
class FollowThroughTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    static Database db;
    static List<Long> a;
    static List<Long> b;
    static List<Long> c;
    static List<Long> cl;
    static long seed;

    @BeforeAll
    static void storeAndTrack() {
        db = TestDatabases.fresh();
        a = Statements.store(db, Statements.SERIES_A);
        b = Statements.store(db, Statements.SERIES_B);
        c = Statements.store(db, Statements.SERIES_C);
        seed = Statements.store(db, "kz-us-espd-2023").get(0);
        cl = Statements.store(db, Statements.CL_NZ);
        new Tracker(db).run(AS_OF);
    }

    static CommitmentView commitment(long round, String words) {
        return Statements.commitment(db, round, words);
    }

    /** The one link on the commitment's timeline, which must be made by that rule to that round. */
    static FollowThrough onlyLink(CommitmentView commitment, String rule, long round) {
        assertThat(commitment.timeline()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.roundId()).isEqualTo(round);
        });
        return commitment.timeline().get(0);
    }

    @Test
    void eachNextRoundPlanIsFulfilledByTheFollowingRound() {
        String[][] plans = {{"0", "1", "hold the second round"}, {"1", "2", "third round of the Dialogue"}};
        for (String[] p : plans) {
            CommitmentView plan = commitment(a.get(Integer.parseInt(p[0])), p[2]);
            assertThat(plan.status()).as(plan.text()).isEqualTo("fulfilled");
            FollowThrough f = onlyLink(plan, "next-round", a.get(Integer.parseInt(p[1])));
            assertThat(f.confidence()).isGreaterThan(0.9);
            assertThat(f.explanation()).startsWith("the next round of tm-us-espd met in");
            assertThat(f.state()).isEqualTo("proposed");
            assertThat(f.recordedBy()).isEqualTo("tracker");
        }
        CommitmentView abuja = commitment(b.get(0), "take place in Abuja");
        assertThat(abuja.status()).isEqualTo("fulfilled");
        assertThat(abuja.timeline()).singleElement().satisfies(f -> {
            assertThat(f.roundId()).isEqualTo(b.get(1));
            assertThat(f.seenOn()).isEqualTo("2023-10-24");
            assertThat(f.quote()).contains("Abuja");
        });
        CommitmentView washington = commitment(c.get(0), "held in Washington in 2022");
        assertThat(washington.timeline()).singleElement().satisfies(f -> assertThat(f.roundId()).isEqualTo(c.get(1)));
    }

    @Test
    void aPlanWithNoLaterRoundIsOverdue() {
        CommitmentView seedPlan = commitment(seed, "convene the next ESPD in Washington in 2024");
        assertThat(seedPlan.timeline()).isEmpty();
        assertThat(seedPlan.status()).isEqualTo("overdue");
        assertThat(seedPlan.statusReason()).contains("2024-12-31");
        assertThat(commitment(a.get(2), "convene the fourth ESPD").status()).isEqualTo("overdue");
    }

    @Test
    void aRoundElsewhereOrInAnotherYearOrOfAnotherSeriesFulfilsNoPlan() {
        // Wellington 2022: the next round met in Auckland, and the Trade Council that met in Wellington is another series
        CommitmentView wellington = commitment(cl.get(0), "take place in Wellington in 2022");
        assertThat(wellington.timeline()).isEmpty();
        assertThat(wellington.status()).isEqualTo("overdue");
        // Santiago 2024: the round in Santiago came in 2023
        CommitmentView santiago = commitment(cl.get(1), "meet again in Santiago in 2024");
        assertThat(santiago.timeline()).isEmpty();
        // the seed's Washington 2024 is no plan of Turkmenistan's series, nor theirs of its
        assertThat(commitment(a.get(2), "convene the fourth ESPD").timeline()).isEmpty();
    }

    @Test
    void aLaunchedMechanismIsEvidencedUnderASlightlyDifferentName() {
        CommitmentView energy = commitment(c.get(0), "inaugural Dialogue on Energy Security");
        FollowThrough energyLink = onlyLink(energy, "mechanism", c.get(1));
        assertThat(energyLink.explanation()).contains("Energy Security Dialogue");
        assertThat(energyLink.confidence()).isGreaterThanOrEqualTo(0.85);
        assertThat(energy.status()).isEqualTo("fulfilled");
        CommitmentView cyber = commitment(b.get(0), "joint working group on cyber security");
        assertThat(cyber.timeline()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("mechanism");
            assertThat(f.quote()).contains("working group on cyber security had met twice");
        });
    }

    @Test
    void aMechanismNamedByNoLaterStatementHasNoLink() {
        assertThat(commitment(a.get(2), "C5+1 Security Working Group").timeline()).isEmpty();
        assertThat(commitment(a.get(2), "business forum").timeline()).isEmpty();
    }

    @Test
    void aTopicCommitmentIsEvidencedByLaterActsOfTheSamePartiesInTheSameSeries() {
        CommitmentView antarctic = commitment(cl.get(0), "Antarctic research");
        // the round after, not the Trade Council's protocol: another series
        FollowThrough antarcticLink = onlyLink(antarctic, "topic", cl.get(1));
        assertThat(antarcticLink.quote()).startsWith("Chile and New Zealand signed an arrangement");
        assertThat(antarcticLink.explanation()).startsWith("antarctic research at the round of 2022-04-05: CL and NZ signed (an act");
        assertThat(antarctic.status()).isEqualTo("partly-fulfilled");
        // only New Zealand acted on renewable energy in the series; both acted in the Trade Council
        CommitmentView renewables = commitment(cl.get(0), "renewable energy");
        assertThat(renewables.timeline()).isEmpty();
        assertThat(renewables.status()).isEqualTo("open");
    }

    @Test
    void runningAgainProposesTheSameLinksOnce() {
        CommitmentStore store = new CommitmentStore(db);
        List<FollowThrough> before = store.followThrough();
        TrackReport again = new Tracker(db).run(AS_OF);
        assertThat(again.changes()).as(again.toString()).isZero();
        assertThat(store.followThrough()).isEqualTo(before);
        assertThat(before).extracting(f -> f.commitmentId() + "/" + f.rule() + "/" + f.roundId()).doesNotHaveDuplicates();
    }

    @Test
    void whatChangedBetweenTwoRounds() {
        Diff d = RoundDiff.between(db, a.get(1), a.get(0)); // either order
        assertThat(d.from()).isEqualTo(a.get(0));
        assertThat(d.sameSeries()).isTrue();
        assertThat(d.topicsAdded()).contains("counterterrorism");
        assertThat(d.topicsDropped()).isNotEmpty();
        assertThat(d.newCommitments()).extracting(CommitmentView::text).contains("deepen information exchange on counterterrorism");
        assertThat(d.fulfilled()).extracting(CommitmentView::text).containsExactly("hold the second round of the Dialogue in Washington in 2022");
        assertThat(d.stillOpen()).extracting(CommitmentView::text)
                .contains("provide equipment and training for Turkmen border guards in 2022");
        assertThat(d.overdue()).isEmpty();

        Diff later = RoundDiff.between(db, a.get(0), a.get(2));
        assertThat(later.overdue()).extracting(CommitmentView::text)
                .contains("provide equipment and training for Turkmen border guards in 2022");
        assertThat(later.fulfilled()).extracting(CommitmentView::text)
                .containsExactly("hold the second round of the Dialogue in Washington in 2022",
                        "the third round of the Dialogue will take place in Ashgabat in 2023");
    }
}
