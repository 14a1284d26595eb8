package org.communique.app;

import org.communique.store.FollowThrough;
import org.communique.store.Score;
import org.communique.tracker.CommitmentView;
import org.communique.tracker.Diff;
import org.communique.tracker.Person;
import org.communique.tracker.Series;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tracker's views as JSON objects, for the --json output of the commands. */
final class TrackerJson {
    private TrackerJson() {}

    static Map<String, Object> series(Series s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", s.key());
        m.put("name", s.name());
        m.put("acronym", s.acronym());
        m.put("parties", s.parties());
        List<Object> rounds = new ArrayList<>();
        for (Series.SeriesRound r : s.rounds()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", r.id());
            x.put("ordinal", r.ordinal());
            x.put("ordinal_inferred", r.ordinalInferred());
            x.put("ordinal_note", r.ordinalNote());
            x.put("date", r.date());
            x.put("place", r.place());
            x.put("host", r.host());
            x.put("name", r.name());
            x.put("renamed_from", r.renamedFrom());
            x.put("placed_by", r.placedBy());
            rounds.add(x);
        }
        m.put("rounds", rounds);
        m.put("cadence_months", s.cadence().months());
        m.put("cadence", s.cadence().words());
        m.put("hosts", s.hosts().hosts());
        m.put("rotation", s.hosts().pattern());
        return m;
    }

    static Map<String, Object> commitment(CommitmentView c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("round", c.roundId());
        m.put("series", c.series());
        m.put("made_on", c.madeOn());
        m.put("actors", c.actors());
        m.put("text", c.text());
        m.put("due", c.due());
        m.put("place", c.place());
        m.put("status", c.status());
        m.put("status_by", c.statusBy());
        m.put("status_reason", c.statusReason());
        List<Object> timeline = new ArrayList<>();
        for (FollowThrough f : c.timeline()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("link", f.id());
            x.put("rule", f.rule());
            x.put("round", f.roundId());
            x.put("date", f.seenOn());
            x.put("quote", f.quote());
            x.put("confidence", Math.round(f.confidence() * 100) / 100.0);
            x.put("explanation", f.explanation());
            x.put("recorded_by", f.recordedBy());
            x.put("state", f.state());
            x.put("decided_by", f.decidedBy());
            x.put("decided_at", f.decidedAt());
            timeline.add(x);
        }
        m.put("timeline", timeline);
        List<Object> scores = new ArrayList<>();
        for (Score s : c.scores()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("party", s.party());
            x.put("score", s.score());
            x.put("reason", s.reason());
            x.put("by", s.scoredBy());
            x.put("at", s.scoredAt());
            scores.add(x);
        }
        m.put("scores", scores);
        return m;
    }

    static Map<String, Object> person(Person p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("variants", p.variants());
        m.put("parties", p.parties());
        List<Object> posts = new ArrayList<>();
        for (Person.Post post : p.posts()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("date", post.date());
            x.put("round", post.roundId());
            x.put("series", post.series());
            x.put("title", post.title());
            x.put("role", post.role());
            x.put("party", post.party());
            x.put("written_as", post.writtenAs());
            posts.add(x);
        }
        m.put("posts", posts);
        return m;
    }

    static Map<String, Object> diff(Diff d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", d.from());
        m.put("to", d.to());
        m.put("from_date", d.fromDate());
        m.put("to_date", d.toDate());
        m.put("same_series", d.sameSeries());
        m.put("topics_added", d.topicsAdded());
        m.put("topics_dropped", d.topicsDropped());
        m.put("new_commitments", d.newCommitments().stream().map(TrackerJson::commitment).toList());
        m.put("fulfilled", d.fulfilled().stream().map(TrackerJson::commitment).toList());
        m.put("still_open", d.stillOpen().stream().map(TrackerJson::commitment).toList());
        m.put("overdue", d.overdue().stream().map(TrackerJson::commitment).toList());
        m.put("closed_by_person", d.closedByPerson().stream().map(TrackerJson::commitment).toList());
        return m;
    }
}
