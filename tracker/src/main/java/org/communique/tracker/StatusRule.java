package org.communique.tracker;

import org.communique.store.CommitmentRow;
import org.communique.store.FollowThrough;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The status the tracker proposes from a commitment's timeline: fulfilled by a next round or a
 * mechanism seen meeting; partly fulfilled by a later act on its topic; overdue when its due date has
 * passed with no evidence at all; otherwise open. Rejected links do not count.
 */
final class StatusRule {
    private StatusRule() {}

    static Map.Entry<String, String> of(CommitmentRow c, List<FollowThrough> timeline, LocalDate asOf) {
        FollowThrough fulfilling = null;
        FollowThrough partly = null;
        boolean any = false;
        for (FollowThrough f : timeline) {
            if (f.rejected()) continue;
            any = true;
            boolean strong = !f.rule().equals(TopicRule.NAME);
            if (strong && fulfilling == null) fulfilling = f;
            if (!strong && partly == null && (f.confidence() >= 0.6 || "confirmed".equals(f.state()))) partly = f;
        }
        if (fulfilling != null) return Map.entry("fulfilled", "link " + fulfilling.id() + ": " + fulfilling.explanation());
        if (partly != null) return Map.entry("partly-fulfilled", "link " + partly.id() + ": " + partly.explanation());
        LocalDate due = Dates.end(c.due());
        if (!any && due != null && due.isBefore(asOf)) {
            return Map.entry("overdue", "due by " + due + ", and no later round or statement shows it");
        }
        return Map.entry("open", any ? "some later evidence, none that shows it done" : "no evidence yet");
    }
}
