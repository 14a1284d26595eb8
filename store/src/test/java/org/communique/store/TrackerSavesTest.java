package org.communique.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracker's results are saved a statement per table: what is new is added, what changed is updated, what the
 * tracker no longer finds goes, and nothing else is touched, least of all what a person decided.
 */
class TrackerSavesTest {
    @TempDir
    static Path data;
    static Database db;
    static long commitment;
    static long round;
    static long later;
    static long document;

    @BeforeAll
    static void twoRounds() {
        db = Database.embedded(data);
        RoundStore store = new RoundStore(db);
        round = store.ingest(RoundStoreTest.reading("ts01", "meet in Washington in 2024")).roundId();
        later = store.ingest(RoundStoreTest.reading("ts02", "meet again in Astana")).roundId();
        CommitmentStore commitments = new CommitmentStore(db);
        commitment = commitments.commitments().stream().filter(c -> c.roundId() == round).findFirst().orElseThrow().id();
        document = commitments.statements(List.of(later)).get(0).documentId();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static Proposal proposal(String rule, double confidence) {
        return new Proposal(commitment, rule, later, document, "2024", "the quote", confidence, "why");
    }

    @Test
    void proposalsAreAddedUpdatedAndWithdrawnButADecidedLinkStays() {
        CommitmentStore store = new CommitmentStore(db);
        assertThat(store.saveProposals(List.of(proposal("next-round", 0.95), proposal("topic", 0.5))))
                .isEqualTo(new CommitmentStore.Saved(2, 0, 0));
        assertThat(store.saveProposals(List.of(proposal("next-round", 0.95), proposal("topic", 0.5))))
                .isEqualTo(new CommitmentStore.Saved(0, 0, 0));
        assertThat(store.saveProposals(List.of(proposal("next-round", 0.9))))
                .isEqualTo(new CommitmentStore.Saved(0, 1, 1));
        assertThat(store.followThrough()).singleElement().satisfies(f -> assertThat(f.confidence()).isEqualTo(0.9));

        long link = store.followThrough().get(0).id();
        store.reject(link, "Dana");
        // a rejected link is neither changed nor withdrawn nor proposed again
        assertThat(store.saveProposals(List.of(proposal("next-round", 0.7)))).isEqualTo(new CommitmentStore.Saved(0, 0, 0));
        assertThat(store.saveProposals(List.of())).isEqualTo(new CommitmentStore.Saved(0, 0, 0));
        assertThat(store.followThrough()).singleElement().satisfies(f -> {
            assertThat(f.state()).isEqualTo("rejected");
            assertThat(f.confidence()).isEqualTo(0.9);
        });
    }

    @Test
    void theTrackersStatusesChangeOnlyWhereTheyDifferAndNeverAPersonsDecision() {
        CommitmentStore store = new CommitmentStore(db);
        long other = store.commitments().stream().filter(c -> c.roundId() == later).findFirst().orElseThrow().id();
        Map<Long, Map.Entry<String, String>> statuses = new LinkedHashMap<>();
        statuses.put(commitment, Map.entry("open", "not due yet"));
        statuses.put(other, Map.entry("open", "not due yet"));
        assertThat(store.saveTrackerStatuses(statuses)).isEqualTo(2);
        assertThat(store.saveTrackerStatuses(statuses)).isZero();
        store.setStatus(other, "withdrawn", "Dana", "dropped at the talks");
        statuses.put(commitment, Map.entry("overdue", "due in 2024"));
        statuses.put(other, Map.entry("overdue", "due in 2024"));
        assertThat(store.saveTrackerStatuses(statuses)).isEqualTo(1);
        assertThat(store.statuses().get(commitment).status()).isEqualTo("overdue");
        assertThat(store.statuses().get(other).status()).isEqualTo("withdrawn");
    }

    @Test
    void seriesAndAliasesAreSavedWhereTheyChange() {
        SeriesStore series = new SeriesStore(db);
        SeriesPlan plan = new SeriesPlan(null, "kz-us-sd", "Strategic Dialogue", null, List.of("KZ", "US"),
                List.of(new SeriesPlan.Member(round, 5, false), new SeriesPlan.Member(later, 6, true)));
        assertThat(series.save(List.of(plan))).isEqualTo(3); // the series and its two rounds
        SeriesRow saved = series.find("kz-us-sd").orElseThrow();
        assertThat(saved.parties()).containsExactly("KZ", "US");
        SeriesPlan same = new SeriesPlan(saved.id(), "kz-us-sd", "Strategic Dialogue", null, List.of("KZ", "US"), plan.rounds());
        assertThat(series.save(List.of(same))).isZero();
        SeriesPlan renamed = new SeriesPlan(saved.id(), "kz-us-sd", "Strategic Partnership Dialogue", "SPD", List.of("KZ", "US"),
                List.of(new SeriesPlan.Member(round, 5, false), new SeriesPlan.Member(later, 7, true)));
        assertThat(series.save(List.of(renamed))).isEqualTo(2); // the series' name and one ordinal
        assertThat(series.placements().get(later).ordinal()).isEqualTo(7);

        PeopleStore people = new PeopleStore(db);
        long name = people.names().get(0).id();
        long other = db.jdbi().withHandle(h -> h.createUpdate("INSERT INTO people (name, key) VALUES ('K. Umarov', 'k umarov')")
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        Map<Long, PersonAlias> wanted = Map.of(other, new PersonAlias(other, name, "initials", Who.TRACKER));
        assertThat(people.saveTrackerAliases(wanted)).isEqualTo(1);
        assertThat(people.saveTrackerAliases(wanted)).isZero();
        assertThat(people.saveTrackerAliases(Map.of())).isEqualTo(1);
        assertThat(people.aliases()).isEmpty();
    }
}
