package org.communique.tracker;

import org.communique.model.PartialDate;
import org.communique.store.ActRow;
import org.communique.store.CommitmentRow;
import org.communique.store.CommitmentStore;
import org.communique.store.Database;
import org.communique.store.Placement;
import org.communique.store.ReferenceRow;
import org.communique.store.SeriesStore;
import org.communique.store.TopicRow;
import org.communique.store.TrackedRound;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is stored, read once for one run of the follow-through rules, with the indexes the rules look things up
 * by (acts and references by round; rounds in date order, of each series and of each party), built once rather than per
 * commitment: with 100,000 rounds stored, a scan per commitment is hours.
 */
record Snapshot(List<TrackedRound> rounds, Map<Long, Placement> placements, List<CommitmentRow> commitments,
                List<ReferenceRow> references, List<ActRow> acts, List<TopicRow> topics, Map<Long, TrackedRound> byId,
                Map<Long, List<ActRow>> actsByRound, List<Dated> byDate, Map<Long, List<Dated>> bySeries,
                Map<String, List<Dated>> byParty, Map<Long, List<ReferenceRow>> referencesByRound,
                Map<Long, List<TopicRow>> topicsByRound) {

    /** A round with its date, which the rules compare. */
    record Dated(TrackedRound round, PartialDate date) {}

    Snapshot(List<TrackedRound> rounds, Map<Long, Placement> placements, List<CommitmentRow> commitments,
             List<ReferenceRow> references, List<ActRow> acts, List<TopicRow> topics) {
        this(rounds, placements, commitments, references, acts, topics, index(rounds), actsByRound(acts),
                byDate(rounds), bySeries(byDate(rounds), placements), byParty(byDate(rounds)), referencesByRound(references),
                topicsByRound(topics));
    }

    private static Map<Long, TrackedRound> index(List<TrackedRound> rounds) {
        Map<Long, TrackedRound> out = new HashMap<>();
        for (TrackedRound r : rounds) out.put(r.id(), r);
        return out;
    }

    private static Map<Long, List<ActRow>> actsByRound(List<ActRow> acts) {
        Map<Long, List<ActRow>> out = new HashMap<>();
        for (ActRow a : acts) out.computeIfAbsent(a.roundId(), k -> new ArrayList<>()).add(a);
        return out;
    }

    /** The rounds that have a date, oldest first. */
    private static List<Dated> byDate(List<TrackedRound> rounds) {
        List<Dated> out = new ArrayList<>();
        for (TrackedRound r : rounds) {
            PartialDate.parse(r.date()).ifPresent(d -> out.add(new Dated(r, d)));
        }
        out.sort(Comparator.comparing(Dated::round, SeriesFinder.BY_DATE));
        return out;
    }

    private static Map<String, List<Dated>> byParty(List<Dated> byDate) {
        Map<String, List<Dated>> out = new HashMap<>();
        for (Dated d : byDate) for (String p : d.round().parties()) out.computeIfAbsent(p, k -> new ArrayList<>()).add(d);
        return out;
    }

    private static Map<Long, List<Dated>> bySeries(List<Dated> byDate, Map<Long, Placement> placements) {
        Map<Long, List<Dated>> out = new HashMap<>();
        for (Dated d : byDate) {
            Placement p = placements.get(d.round().id());
            if (p != null) out.computeIfAbsent(p.seriesId(), k -> new ArrayList<>()).add(d);
        }
        return out;
    }

    static Snapshot load(Database db) {
        SeriesStore series = new SeriesStore(db);
        CommitmentStore commitments = new CommitmentStore(db);
        return new Snapshot(series.rounds(), series.placements(), commitments.commitments(), commitments.references(),
                commitments.acts(), commitments.topics());
    }

    TrackedRound round(long id) {
        TrackedRound r = byId.get(id);
        if (r == null) throw new IllegalArgumentException("no round " + id);
        return r;
    }

    String seriesKey(long roundId) {
        Placement p = placements.get(roundId);
        return p == null ? null : p.seriesKey();
    }

    /** Rounds of the same series as {@code roundId} that met after it, oldest first. */
    List<TrackedRound> laterInSeries(long roundId) {
        Placement home = placements.get(roundId);
        if (home == null) return List.of();
        return after(bySeries.getOrDefault(home.seriesId(), List.of()), roundId);
    }

    /** The first {@code max} rounds that met after {@code roundId} with all of {@code parties} among theirs, oldest first. */
    List<TrackedRound> laterWith(long roundId, Set<String> parties, int max) {
        List<Dated> candidates = parties.isEmpty() ? byDate : byParty.getOrDefault(parties.iterator().next(), List.of());
        List<TrackedRound> out = new ArrayList<>();
        for (TrackedRound r : after(candidates, roundId)) {
            if (out.size() == max) break;
            if (r.parties().containsAll(parties)) out.add(r);
        }
        return out;
    }

    /** The acts of a round, in no particular order. */
    List<ActRow> actsOf(long roundId) {
        return actsByRound.getOrDefault(roundId, List.of());
    }

    /**
     * The rounds of {@code dated} (in date order) that met after {@code roundId}, by their first days: a view, not a
     * copy, so that a rule that stops at the first fitting round pays for the rounds it looks at only.
     */
    private List<TrackedRound> after(List<Dated> dated, long roundId) {
        PartialDate since = PartialDate.parse(round(roundId).date()).orElse(null);
        if (since == null) return List.of();
        // the first round of a later day: dates ascend through the list
        int lo = 0;
        int hi = dated.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (dated.get(mid).date().earliest().isAfter(since.earliest())) hi = mid;
            else lo = mid + 1;
        }
        int from = lo;
        return new AbstractList<>() {
            @Override
            public TrackedRound get(int i) {
                return dated.get(from + i).round();
            }

            @Override
            public int size() {
                return dated.size() - from;
            }
        };
    }

    /** The references of a round's statement. */
    List<ReferenceRow> referencesOf(long roundId) {
        return referencesByRound.getOrDefault(roundId, List.of());
    }

    /** The topics a round's statement discussed. */
    List<TopicRow> topicsOf(long roundId) {
        return topicsByRound.getOrDefault(roundId, List.of());
    }

    private static Map<Long, List<TopicRow>> topicsByRound(List<TopicRow> topics) {
        Map<Long, List<TopicRow>> out = new HashMap<>();
        for (TopicRow t : topics) out.computeIfAbsent(t.roundId(), k -> new ArrayList<>()).add(t);
        return out;
    }

    private static Map<Long, List<ReferenceRow>> referencesByRound(List<ReferenceRow> references) {
        Map<Long, List<ReferenceRow>> out = new HashMap<>();
        for (ReferenceRow r : references) out.computeIfAbsent(r.roundId(), k -> new ArrayList<>()).add(r);
        return out;
    }
}
