package org.communique.tracker;

import org.communique.model.PartialDate;
import org.communique.store.CommitmentRow;
import org.communique.store.Confidence;
import org.communique.store.FollowThrough;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The status the tracker proposes from a commitment's timeline: fulfilled by a link of a rule that
 * {@link FollowThroughRule.Strength#FULFILS fulfils} (a next round, a mechanism seen meeting); partly fulfilled by one
 * that shows work on it (a later act on its topic) when fairly sure or confirmed; overdue when its due date has
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
            FollowThroughRule.Strength strength = FollowThroughRules.strengthOf(f.rule()).orElse(null);
            if (strength == FollowThroughRule.Strength.FULFILS && fulfilling == null) fulfilling = f;
            boolean sure = f.confidence() >= Confidence.FAIR || "confirmed".equals(f.state());
            if (strength == FollowThroughRule.Strength.PARTLY && partly == null && sure) partly = f;
        }
        if (fulfilling != null) return Map.entry("fulfilled", "link " + fulfilling.id() + ": " + fulfilling.explanation());
        if (partly != null) return Map.entry("partly-fulfilled", "link " + partly.id() + ": " + partly.explanation());
        PartialDate due = PartialDate.parse(c.due()).orElse(null);
        if (!any && due != null && due.isBefore(asOf)) {
            return Map.entry("overdue", "due by " + due.latest() + ", and no later round or statement shows it");
        }
        return Map.entry("open", any ? "some later evidence, none that shows it done" : "no evidence yet");
    }
}
