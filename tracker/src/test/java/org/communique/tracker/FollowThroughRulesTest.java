package org.communique.tracker;

import org.communique.store.CommitmentRow;
import org.communique.store.CommitmentStore;
import org.communique.store.Database;
import org.communique.store.FollowThrough;
import org.communique.store.Proposal;
import org.communique.store.TrackedRound;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The registered rules: the names the tracker stores links under, the rounds each searches, what their links show. */
class FollowThroughRulesTest {
    static Database db;

    @BeforeAll
    static void store() {
        db = Statements.tracked(LocalDate.of(2025, 6, 1), Statements.SERIES_A, Statements.SERIES_B, Statements.CL_NZ);
    }

    @Test
    void theTrackerEmitsTheNamesOfTheRegisteredRulesAndNoOthers() {
        assertThat(FollowThroughRules.names()).doesNotHaveDuplicates().containsExactly("next-round", "mechanism", "topic");
        Set<String> emitted = Tracker.proposals(Snapshot.load(db), new CommitmentStore(db)).stream()
                .map(Proposal::rule).collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(emitted).containsExactlyInAnyOrderElementsOf(FollowThroughRules.names());
        Set<String> stored = new CommitmentStore(db).followThrough().stream().map(FollowThrough::rule).collect(Collectors.toSet());
        assertThat(stored).containsExactlyInAnyOrderElementsOf(FollowThroughRules.names());
    }

    @Test
    void eachRuleLinksOnlyUnderItsNameToRoundsItSearches() {
        Snapshot s = Snapshot.load(db);
        CommitmentStore store = new CommitmentStore(db);
        for (FollowThroughRule rule : FollowThroughRules.ALL) {
            List<CommitmentRow> followed = s.commitments().stream().filter(c -> rule.appliesTo(c, s)).toList();
            List<Proposal> links = rule.propose(followed, s, store);
            assertThat(links).as(rule.name()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.rule()).isEqualTo(rule.name());
                CommitmentRow c = followed.stream().filter(x -> x.id() == p.commitmentId()).findFirst().orElseThrow();
                assertThat(rule.searches(c, s)).extracting(TrackedRound::id).contains(p.roundId());
            });
        }
    }

    @Test
    void theFirstRuleThatAppliesFollowsACommitment() {
        Snapshot s = Snapshot.load(db);
        Set<String> byRule = new LinkedHashSet<>();
        for (Proposal p : Tracker.proposals(s, new CommitmentStore(db))) byRule.add(p.commitmentId() + " " + p.rule());
        for (String link : byRule) {
            long id = Long.parseLong(link.split(" ")[0]);
            CommitmentRow c = s.commitments().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
            FollowThroughRule first = FollowThroughRules.ALL.stream().filter(r -> r.appliesTo(c, s)).findFirst().orElseThrow();
            assertThat(link).isEqualTo(id + " " + first.name());
        }
    }

    @Test
    void aTopicRuleSearchesOnlyTheNextFewRoundsOfItsSeries() {
        Snapshot s = Snapshot.load(db);
        TopicRule topic = new TopicRule();
        List<CommitmentRow> followed = new ArrayList<>(s.commitments().stream().filter(c -> topic.appliesTo(c, s)).toList());
        assertThat(followed).isNotEmpty().allSatisfy(c -> {
            List<TrackedRound> later = s.laterInSeries(c.roundId());
            assertThat(topic.searches(c, s)).isEqualTo(later.subList(0, Math.min(TopicRule.HORIZON, later.size())));
        });
    }

    private static CommitmentRow commitment(String due) {
        return new CommitmentRow(1, 1, List.of("US"), "words", "will", "firm", due, null, null);
    }

    private static FollowThrough link(String rule, double confidence, String state) {
        return new FollowThrough(7, 1, rule, 2L, 2L, "2024-05-31", null, confidence, "why", "tracker", state, null, null);
    }

    @Test
    void theStatusAsksTheRuleHowMuchItsLinkShows() {
        LocalDate asOf = LocalDate.of(2025, 6, 1);
        // a rule that fulfils does so however sure its link is; one that shows work only partly, and only when fairly sure
        assertThat(StatusRule.of(commitment(null), List.of(link("mechanism", 0.7, "proposed")), asOf).getKey()).isEqualTo("fulfilled");
        assertThat(StatusRule.of(commitment(null), List.of(link("topic", 0.6, "proposed")), asOf).getKey())
                .isEqualTo("partly-fulfilled");
        assertThat(StatusRule.of(commitment(null), List.of(link("topic", 0.4, "proposed")), asOf).getKey()).isEqualTo("open");
        assertThat(StatusRule.of(commitment(null), List.of(link("topic", 0.4, "confirmed")), asOf).getKey())
                .isEqualTo("partly-fulfilled");
        // a rule no longer run (its links kept because a person decided them) shows nothing done
        assertThat(StatusRule.of(commitment(null), List.of(link("person", 0.9, "confirmed")), asOf).getKey()).isEqualTo("open");
    }

    @Test
    void aCommitmentDueInAYearIsOverdueOnlyWhenTheWholeYearHasPassed() {
        assertThat(StatusRule.of(commitment("2024"), List.of(), LocalDate.of(2024, 12, 31)).getKey()).isEqualTo("open");
        var overdue = StatusRule.of(commitment("2024"), List.of(), LocalDate.of(2025, 1, 1));
        assertThat(overdue.getKey()).isEqualTo("overdue");
        assertThat(overdue.getValue()).isEqualTo("due by 2024-12-31, and no later round or statement shows it");
    }

    @Test
    void theSchemaAcceptsTheRegisteredRulesAndNoOther() {
        String check = db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT pg_get_constraintdef(k.oid) FROM pg_constraint k
                         WHERE k.conrelid = 'follow_through'::regclass AND k.conname = 'follow_through_rule_check'""")
                .mapTo(String.class).one());
        Set<String> accepted = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("'([^']*)'").matcher(check);
        while (m.find()) accepted.add(m.group(1));
        assertThat(accepted).containsExactlyInAnyOrderElementsOf(FollowThroughRules.names());
    }
}
