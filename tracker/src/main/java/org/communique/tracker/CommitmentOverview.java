package org.communique.tracker;

import org.communique.store.CommitmentRow;
import org.communique.store.CommitmentStatus;
import org.communique.store.CommitmentStore;
import org.communique.store.Database;
import org.communique.store.FollowThrough;
import org.communique.store.Placement;
import org.communique.store.Score;
import org.communique.store.SeriesStore;
import org.communique.store.TrackedRound;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Commitments with their status, timeline and scores, optionally of one series or one status. */
public final class CommitmentOverview {
    private CommitmentOverview() {}

    /** {@code seriesKey} and {@code status} may be null (all). A merged series' old key names the merged one. */
    public static List<CommitmentView> list(Database db, String seriesKey, String status) {
        return db.inOneConnection(() -> read(db, seriesKey, status));
    }

    private static List<CommitmentView> read(Database db, String seriesKey, String status) {
        SeriesStore series = new SeriesStore(db);
        Long seriesId = seriesKey == null ? null : series.find(seriesKey).map(s -> s.id()).orElse(-1L);
        Map<Long, Placement> placements = series.placements();
        Map<Long, TrackedRound> rounds = new HashMap<>();
        for (TrackedRound r : series.rounds()) rounds.put(r.id(), r);
        CommitmentStore store = new CommitmentStore(db);
        Map<Long, CommitmentStatus> statuses = store.statuses();
        Map<Long, List<FollowThrough>> timelines = new HashMap<>();
        for (FollowThrough f : store.followThrough()) timelines.computeIfAbsent(f.commitmentId(), k -> new ArrayList<>()).add(f);
        Map<Long, List<Score>> scores = new HashMap<>();
        for (Score s : store.scores()) scores.computeIfAbsent(s.commitmentId(), k -> new ArrayList<>()).add(s);
        List<CommitmentView> out = new ArrayList<>();
        for (CommitmentRow c : store.commitments()) {
            Placement p = placements.get(c.roundId());
            if (seriesId != null && (p == null || p.seriesId() != seriesId)) continue;
            CommitmentStatus st = statuses.get(c.id());
            String s = st == null ? "open" : st.status();
            if (status != null && !status.equals(s)) continue;
            TrackedRound r = rounds.get(c.roundId());
            out.add(new CommitmentView(c.id(), c.roundId(), p == null ? null : p.seriesKey(), r == null ? null : r.date(),
                    c.actors(), c.text(), c.due(), c.place(), s, st == null ? null : st.decidedBy(),
                    st == null ? null : st.reason(), timelines.getOrDefault(c.id(), List.of()),
                    scores.getOrDefault(c.id(), List.of())));
        }
        out.sort(java.util.Comparator.comparing((CommitmentView v) -> v.series() == null ? "~" : v.series())
                .thenComparing(v -> v.madeOn() == null ? "~" : v.madeOn()).thenComparingLong(CommitmentView::id));
        return out;
    }
}
