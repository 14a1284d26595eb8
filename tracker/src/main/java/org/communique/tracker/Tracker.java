package org.communique.tracker;

import org.communique.store.CommitmentRow;
import org.communique.store.CommitmentStore;
import org.communique.store.Database;
import org.communique.store.FollowThrough;
import org.communique.store.PeopleStore;
import org.communique.store.PersonAlias;
import org.communique.store.Proposal;
import org.communique.store.SeriesPlan;
import org.communique.store.SeriesStore;
import org.communique.store.TrackedRound;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs over what is stored: rounds into series, names into people, commitments into follow-through
 * and status. Everything is computed again from the stored facts each time, and saved only where it
 * differs, so a second run on the same data changes nothing; whatever a person decided stays.
 */
public final class Tracker {
    private final Database db;

    public Tracker(Database db) {
        this.db = db;
    }

    /** One run; {@code asOf} is the day against which due dates count as passed (today, normally). */
    public TrackReport run(LocalDate asOf) {
        return db.inOneConnection(() -> runOnce(asOf));
    }

    /**
     * A run only when some stored round is not tracked to the end: stored since the last run, or left by a run
     * that was cut short (a process killed while tracking). What a person sees is then what a whole run gives.
     */
    public Optional<TrackReport> catchUp(LocalDate asOf) {
        return new SeriesStore(db).untracked() > 0 ? Optional.of(run(asOf)) : Optional.empty();
    }

    private TrackReport runOnce(LocalDate asOf) {
        SeriesStore series = new SeriesStore(db);
        List<TrackedRound> rounds = series.rounds();
        List<SeriesPlan> plans = SeriesFinder.plan(rounds, series.placements(), series.series(), series.aliases());
        int changes = series.save(plans);
        int inferred = 0;
        for (SeriesPlan p : plans) for (SeriesPlan.Member m : p.rounds()) if (m.inferred()) inferred++;

        PeopleStore people = new PeopleStore(db);
        var names = people.names();
        Map<Long, PersonAlias> aliases = PeopleFinder.aliases(names);
        changes += people.saveTrackerAliases(aliases);
        int persons = (int) names.stream().filter(n -> !aliases.containsKey(n.id())).count();

        CommitmentStore commitments = new CommitmentStore(db);
        Snapshot snapshot = Snapshot.load(db);
        CommitmentStore.Saved saved = commitments.saveProposals(proposals(snapshot, commitments));
        changes += saved.total();

        Map<Long, List<FollowThrough>> timelines = new HashMap<>();
        for (FollowThrough f : commitments.followThrough()) {
            timelines.computeIfAbsent(f.commitmentId(), k -> new ArrayList<>()).add(f);
        }
        Map<Long, Map.Entry<String, String>> statuses = new LinkedHashMap<>();
        for (CommitmentRow c : snapshot.commitments()) {
            statuses.put(c.id(), StatusRule.of(c, timelines.getOrDefault(c.id(), List.of()), asOf));
        }
        changes += commitments.saveTrackerStatuses(statuses);
        // last, so that a run cut short before here leaves its rounds to the next one
        series.markTracked(rounds.stream().map(TrackedRound::id).toList());
        int links = timelines.values().stream().mapToInt(List::size).sum();
        return new TrackReport(plans.size(), rounds.size(), inferred, persons, names.size(), links,
                saved.added(), saved.updated(), saved.removed(), changes);
    }

    /**
     * Every link the rules propose for every stored commitment: each commitment is followed by the first rule of
     * {@link FollowThroughRules#ALL} that applies to it, and each rule then proposes for all of its commitments at once.
     */
    static List<Proposal> proposals(Snapshot s, CommitmentStore store) {
        Map<FollowThroughRule, List<CommitmentRow>> followed = new LinkedHashMap<>();
        for (FollowThroughRule rule : FollowThroughRules.ALL) followed.put(rule, new ArrayList<>());
        for (CommitmentRow c : s.commitments()) {
            for (FollowThroughRule rule : FollowThroughRules.ALL) {
                if (rule.appliesTo(c, s)) {
                    followed.get(rule).add(c);
                    break;
                }
            }
        }
        List<Proposal> out = new ArrayList<>();
        followed.forEach((rule, commitments) -> out.addAll(rule.propose(commitments, s, store)));
        return out;
    }
}
