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
import org.communique.store.StatementText;
import org.communique.store.TopicRow;
import org.communique.store.TrackedRound;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** Every link the three rules propose for every stored commitment. */
    static List<Proposal> proposals(Snapshot s, CommitmentStore store) {
        Map<Long, List<TopicRow>> topicsByRound = new HashMap<>();
        for (TopicRow t : s.topics()) topicsByRound.computeIfAbsent(t.roundId(), k -> new ArrayList<>()).add(t);
        List<Proposal> plans = new ArrayList<>();
        List<CommitmentRow> launches = new ArrayList<>();
        List<Mechanism> mechanisms = new ArrayList<>();
        List<List<TrackedRound>> candidates = new ArrayList<>();
        List<Proposal> out = new ArrayList<>();
        for (CommitmentRow c : s.commitments()) {
            TrackedRound madeAt = s.round(c.roundId());
            if (NextRoundRule.isPlan(c, madeAt)) {
                NextRoundRule.propose(c, s).ifPresent(plans::add);
                continue;
            }
            Optional<Mechanism> mechanism = MechanismRule.of(c, madeAt);
            if (mechanism.isPresent()) {
                launches.add(c);
                mechanisms.add(mechanism.get());
                candidates.add(MechanismRule.candidates(c, s));
                continue;
            }
            Set<TopicRow> topics = TopicRule.topics(c, topicsByRound.getOrDefault(c.roundId(), List.of()));
            out.addAll(TopicRule.propose(c, topics, s));
        }
        // the stored texts are read in batches: one query for the quotes, one connection for the searches
        Map<Long, String> texts = new HashMap<>();
        for (StatementText t : store.statements(plans.stream().map(Proposal::roundId).collect(Collectors.toSet()))) {
            texts.put(t.roundId(), t.text());
        }
        for (Proposal p : plans) {
            out.add(new Proposal(p.commitmentId(), p.rule(), p.roundId(), p.documentId(), p.seenOn(),
                    NextRoundRule.quote(texts.get(p.roundId()), s.round(p.roundId())), p.confidence(), p.explanation()));
        }
        List<Acronyms> acronyms = new ArrayList<>();
        List<CommitmentStore.TextSearch> searches = new ArrayList<>();
        for (int i = 0; i < launches.size(); i++) {
            acronyms.add(MechanismRule.acronyms(launches.get(i), mechanisms.get(i), s, candidates.get(i)));
            List<Long> rounds = new ArrayList<>(List.of(launches.get(i).roundId()));
            for (TrackedRound r : candidates.get(i)) rounds.add(r.id());
            searches.add(MechanismRule.search(mechanisms.get(i), acronyms.get(i), rounds));
        }
        List<List<StatementText>> found = new ArrayList<>(store.statementsMentioning(searches));
        searchByNewAcronyms(store, mechanisms, candidates, acronyms, found);
        for (int i = 0; i < launches.size(); i++) {
            out.addAll(MechanismRule.propose(launches.get(i), mechanisms.get(i), acronyms.get(i), s, candidates.get(i),
                    found.get(i)));
        }
        return out;
    }

    /**
     * The statements found may give a mechanism an acronym in brackets, by which the other candidate rounds may name it
     * alone: those rounds are searched once more for it, and what is found joins {@code found}.
     */
    private static void searchByNewAcronyms(CommitmentStore store, List<Mechanism> mechanisms,
                                            List<List<TrackedRound>> candidates, List<Acronyms> acronyms,
                                            List<List<StatementText>> found) {
        List<Integer> again = new ArrayList<>();
        List<CommitmentStore.TextSearch> searches = new ArrayList<>();
        for (int i = 0; i < mechanisms.size(); i++) {
            Set<String> searched = Set.copyOf(acronyms.get(i).all());
            Set<Long> seen = new HashSet<>();
            for (StatementText t : found.get(i)) {
                acronyms.get(i).learn(t.text());
                seen.add(t.roundId());
            }
            List<Long> rest = candidates.get(i).stream().map(TrackedRound::id).filter(id -> !seen.contains(id)).toList();
            if (rest.isEmpty() || searched.containsAll(acronyms.get(i).all())) continue;
            again.add(i);
            searches.add(MechanismRule.search(mechanisms.get(i), acronyms.get(i), rest));
        }
        List<List<StatementText>> more = store.statementsMentioning(searches);
        for (int k = 0; k < again.size(); k++) {
            List<StatementText> all = new ArrayList<>(found.get(again.get(k)));
            all.addAll(more.get(k));
            found.set(again.get(k), all);
        }
    }
}
