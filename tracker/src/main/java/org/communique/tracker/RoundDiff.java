package org.communique.tracker;

import org.communique.model.PartialDate;
import org.communique.store.CommitmentStore;
import org.communique.store.Database;
import org.communique.store.FollowThrough;
import org.communique.store.Placement;
import org.communique.store.SeriesStore;
import org.communique.store.TopicRow;
import org.communique.store.TrackedRound;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two rounds. The commitments followed are those made before the later round in
 * their series (done already by the earlier round: left out), judged as they stand at the later round:
 * fulfilled in between, overdue by then, or still open.
 */
public final class RoundDiff {
    private static final Set<String> CLOSED = Set.of("withdrawn", "superseded", "not-fulfilled");

    private RoundDiff() {}

    /** The two rounds in either order; throws {@link IllegalArgumentException} when one is not stored. */
    public static Diff between(Database db, long a, long b) {
        return db.inOneConnection(() -> compute(db, a, b));
    }

    private static Diff compute(Database db, long a, long b) {
        SeriesStore series = new SeriesStore(db);
        Map<Long, TrackedRound> rounds = new LinkedHashMap<>();
        for (TrackedRound r : series.rounds()) rounds.put(r.id(), r);
        for (long id : new long[] {a, b}) {
            if (!rounds.containsKey(id)) throw new IllegalArgumentException("there is no round " + id);
        }
        TrackedRound from = rounds.get(a);
        TrackedRound to = rounds.get(b);
        if (SeriesFinder.BY_DATE.compare(from, to) > 0) {
            TrackedRound t = from;
            from = to;
            to = t;
        }
        Map<Long, Placement> placements = series.placements();
        Placement pf = placements.get(from.id());
        Placement pt = placements.get(to.id());
        boolean sameSeries = pf != null && pt != null && pf.seriesId() == pt.seriesId();

        Map<String, String> before = labels(db, from.id());
        Map<String, String> after = labels(db, to.id());
        List<String> added = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        after.forEach((code, label) -> { if (!before.containsKey(code)) added.add(label); });
        before.forEach((code, label) -> { if (!after.containsKey(code)) dropped.add(label); });

        LocalDate fromDate = PartialDate.earliestOf(from.date());
        LocalDate toDate = PartialDate.earliestOf(to.date());
        List<CommitmentView> made = new ArrayList<>();
        List<CommitmentView> fulfilled = new ArrayList<>();
        List<CommitmentView> open = new ArrayList<>();
        List<CommitmentView> overdue = new ArrayList<>();
        List<CommitmentView> closed = new ArrayList<>();
        for (CommitmentView c : CommitmentOverview.list(db, null, null)) {
            if (c.roundId() == to.id()) {
                made.add(c);
                continue;
            }
            LocalDate madeOn = PartialDate.earliestOf(c.madeOn());
            boolean earlier = c.roundId() == from.id() || (sameSeries && pf.seriesKey().equals(c.series())
                    && madeOn != null && toDate != null && madeOn.isBefore(toDate));
            if (!earlier) continue;
            boolean personSays = c.statusBy() != null && !"tracker".equals(c.statusBy());
            if (personSays && CLOSED.contains(c.status())) {
                closed.add(c);
                continue;
            }
            LocalDate doneOn = doneOn(c.timeline());
            if (doneOn != null && fromDate != null && !doneOn.isAfter(fromDate)) continue; // done before: old news
            if ((doneOn != null && (toDate == null || !doneOn.isAfter(toDate)))
                    || (personSays && c.status().endsWith("fulfilled"))) {
                fulfilled.add(c);
            } else if (toDate != null && PartialDate.parse(c.due()).filter(due -> due.isBefore(toDate)).isPresent()) {
                overdue.add(c);
            } else {
                open.add(c);
            }
        }
        return new Diff(from.id(), to.id(), from.date(), to.date(), sameSeries, added, dropped, made, fulfilled, open,
                overdue, closed);
    }

    /** The date of the first link that shows the commitment done (not a topic link, not rejected). */
    private static LocalDate doneOn(List<FollowThrough> timeline) {
        LocalDate first = null;
        for (FollowThrough f : timeline) {
            boolean fulfils = FollowThroughRules.strengthOf(f.rule()).orElse(null) == FollowThroughRule.Strength.FULFILS;
            if (f.rejected() || !fulfils) continue;
            LocalDate d = PartialDate.earliestOf(f.seenOn());
            if (d != null && (first == null || d.isBefore(first))) first = d;
        }
        return first;
    }

    private static Map<String, String> labels(Database db, long roundId) {
        Map<String, String> out = new LinkedHashMap<>();
        for (TopicRow t : new CommitmentStore(db).topics()) {
            if (t.roundId() == roundId) out.put(t.code(), t.label());
        }
        return out;
    }
}
