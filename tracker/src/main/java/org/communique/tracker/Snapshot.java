package org.communique.tracker;

import org.communique.store.ActRow;
import org.communique.store.CommitmentRow;
import org.communique.store.CommitmentStore;
import org.communique.store.Database;
import org.communique.store.Placement;
import org.communique.store.ReferenceRow;
import org.communique.store.SeriesStore;
import org.communique.store.TopicRow;
import org.communique.store.TrackedRound;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What is stored, read once for one run of the follow-through rules. */
record Snapshot(List<TrackedRound> rounds, Map<Long, Placement> placements, List<CommitmentRow> commitments,
                List<ReferenceRow> references, List<ActRow> acts, List<TopicRow> topics, Map<Long, TrackedRound> byId) {

    Snapshot(List<TrackedRound> rounds, Map<Long, Placement> placements, List<CommitmentRow> commitments,
             List<ReferenceRow> references, List<ActRow> acts, List<TopicRow> topics) {
        this(rounds, placements, commitments, references, acts, topics, index(rounds));
    }

    private static Map<Long, TrackedRound> index(List<TrackedRound> rounds) {
        Map<Long, TrackedRound> out = new HashMap<>();
        for (TrackedRound r : rounds) out.put(r.id(), r);
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
        List<TrackedRound> out = new ArrayList<>();
        for (TrackedRound r : later(roundId)) {
            Placement p = placements.get(r.id());
            if (p != null && p.seriesId() == home.seriesId()) out.add(r);
        }
        return out;
    }

    /** Every round that met after {@code roundId}, oldest first. */
    List<TrackedRound> later(long roundId) {
        LocalDate since = Dates.start(round(roundId).date());
        List<TrackedRound> out = new ArrayList<>();
        if (since == null) return out;
        for (TrackedRound r : rounds) {
            LocalDate d = Dates.start(r.date());
            if (r.id() != roundId && d != null && d.isAfter(since)) out.add(r);
        }
        out.sort(SeriesFinder.BY_DATE);
        return out;
    }

    Map<Long, List<ReferenceRow>> referencesByRound() {
        Map<Long, List<ReferenceRow>> out = new HashMap<>();
        for (ReferenceRow r : references) out.computeIfAbsent(r.roundId(), k -> new ArrayList<>()).add(r);
        return out;
    }
}
