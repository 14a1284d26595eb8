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
 * Mechanisms that later statements name by an acronym alone, on a series of this module's fixtures: a working group
 * committed to in full in 2019 and reported in 2021 as "the second WGESI meeting" (its initials), and a task force
 * whose acronym the 2020 statement gave in brackets after its name, reported in 2021 as "the third DigiTF session".
 * Neither 2021 sentence holds the mechanism's kind or words, so the store's search finds them by the acronym.
 */
class AcronymMentionsTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    static Database db;
    static List<Long> eefi;
    static long eelv;

    @BeforeAll
    static void storeAndTrack() {
        db = TestDatabases.fresh();
        eefi = Statements.store(db, "fixture:ee-fi-sd-1-2019", "fixture:ee-fi-sd-2-2020", "fixture:ee-fi-sd-3-2021");
        eelv = Statements.store(db, "fixture:ee-lv-pc-2020").get(0);
        new Tracker(db).run(AS_OF);
    }

    static CommitmentView commitment(String words) {
        return CommitmentOverview.list(db, null, null).stream().filter(v -> v.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no commitment '" + words + "'"));
    }

    @Test
    void aWorkingGroupNamedLaterByItsInitialsIsFulfilledByItsSecondMeeting() {
        CommitmentView group = commitment("Working Group on Energy Security and Interconnectors");
        assertThat(group.status()).isEqualTo("fulfilled");
        assertThat(group.timeline()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("mechanism");
            assertThat(f.roundId()).isEqualTo(eefi.get(2));
            assertThat(f.quote()).isEqualTo("The delegations took note of the second WGESI meeting, held in Espoo in March.");
            assertThat(f.explanation()).isEqualTo("the statement of 2021-06-15 reports the second meeting of the WGESI,"
                    + " so the first meeting of the group committed to on 2019-04-09 has taken place");
            assertThat(f.confidence()).isEqualTo(0.9, org.assertj.core.data.Offset.offset(0.001));
        });
    }

    @Test
    void anAcronymGivenInBracketsInAnEarlierRoundNamesTheMechanismInALaterOne() {
        CommitmentView force = commitment("Joint Task Force on Digital Public Services");
        assertThat(force.status()).isEqualTo("fulfilled");
        assertThat(force.timeline()).extracting(FollowThrough::roundId).containsExactly(eefi.get(1), eefi.get(2));
        assertThat(force.timeline().get(0).quote()).contains("Joint Task Force on Digital Public Services (DigiTF)");
        assertThat(force.timeline().get(1)).satisfies(f -> {
            assertThat(f.quote()).isEqualTo("They also welcomed the conclusions of the third DigiTF session on secure digital identity.");
            assertThat(f.explanation()).startsWith("the statement of 2021-06-15 reports the third meeting of the DigiTF");
        });
    }

    @Test
    void anAcronymInAStatementOfOtherPartiesIsNoEvidence() {
        assertThat(CommitmentOverview.list(db, null, null)).flatExtracting(CommitmentView::timeline)
                .extracting(FollowThrough::roundId).doesNotContain(eelv);
    }

    @Test
    void runningAgainChangesNothing() {
        assertThat(new Tracker(db).run(AS_OF).changes()).isZero();
    }
}
