package org.communique.tracker;

import org.communique.model.Evidence;
import org.communique.store.ActRow;
import org.communique.store.CommitmentRow;
import org.communique.store.CommitmentStore;
import org.communique.store.Confidence;
import org.communique.store.Proposal;
import org.communique.store.TopicRow;
import org.communique.store.TrackedRound;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rule (c): a commitment on a topic is evidenced by later acts on the same topic by the same parties,
 * at one of the next {@link #HORIZON} rounds of the same series. An act by only some of the parties, or at
 * another dialogue's round, is no evidence.
 */
final class TopicRule extends FollowThroughRule {
    static final String NAME = "topic";

    /**
     * The rounds of the series after the commitment's in which acts on its topic count: a commitment is carried
     * out, or not, by the next few rounds; acts on the topic ten rounds on answer later commitments.
     */
    static final int HORIZON = 3;
    /** Acts that do something (sign, launch, pledge), as against acts that only talk about it. */
    private static final Set<String> DOING = Set.of("agreement", "pledge", "announcement", "decision", "signing",
            "launch", "commitment");

    /** Acts on a topic show work on a commitment, never that it was done. */
    TopicRule() {
        super(NAME, Strength.PARTLY);
    }

    /** A commitment whose own words touch a topic of its round. */
    @Override
    boolean appliesTo(CommitmentRow c, Snapshot s) {
        return !topics(c, s.topicsOf(c.roundId())).isEmpty();
    }

    @Override
    List<TrackedRound> searches(CommitmentRow c, Snapshot s) {
        List<TrackedRound> later = s.laterInSeries(c.roundId());
        return later.subList(0, Math.min(HORIZON, later.size()));
    }

    @Override
    List<Proposal> propose(List<CommitmentRow> followed, Snapshot s, CommitmentStore store) {
        List<Proposal> out = new ArrayList<>();
        for (CommitmentRow c : followed) out.addAll(propose(c, topics(c, s.topicsOf(c.roundId())), s));
        return out;
    }

    /** The topics of the commitment's round that its own words mention. */
    static Set<TopicRow> topics(CommitmentRow c, List<TopicRow> roundTopics) {
        Set<TopicRow> out = new LinkedHashSet<>();
        String text = " " + String.join(" ", Words.tokens(c.text())) + " ";
        for (TopicRow t : roundTopics) {
            boolean overlaps = c.evidence() != null && t.evidence().stream().anyMatch(e -> overlap(e, c.evidence()));
            String label = " " + String.join(" ", Words.tokens(t.label())) + " ";
            if (overlaps || (label.strip().length() > 2 && text.contains(label))) out.add(t);
        }
        return out;
    }

    private List<Proposal> propose(CommitmentRow c, Set<TopicRow> topics, Snapshot s) {
        if (topics.isEmpty()) return List.of();
        TrackedRound madeAt = s.round(c.roundId());
        Set<String> parties = new LinkedHashSet<>(c.actors().isEmpty() ? madeAt.parties() : c.actors());
        Map<String, TopicRow> codes = new HashMap<>();
        for (TopicRow t : topics) codes.put(t.code(), t);
        List<Proposal> out = new ArrayList<>();
        for (TrackedRound r : searches(c, s)) {
            ActRow best = null;
            String topic = null;
            for (ActRow a : s.actsOf(r.id())) {
                if (!a.actors().containsAll(parties)) continue;
                String shared = a.topics().stream().filter(codes::containsKey).findFirst().orElse(null);
                if (shared == null) continue;
                if (best == null || (doing(a) && !doing(best))) {
                    best = a;
                    topic = shared;
                }
            }
            if (best == null) continue;
            String label = codes.get(topic).label() == null ? topic : codes.get(topic).label().toLowerCase(Locale.ROOT);
            out.add(new Proposal(c.id(), NAME, r.id(), r.documentId(), r.date(), best.quote(),
                    doing(best) ? Confidence.ACT_ON_TOPIC : Confidence.TALK_ON_TOPIC,
                    label + " at the round of " + r.date() + ": " + String.join(" and ", best.actors()) + " " + best.verb()
                            + " (" + (doing(best) ? "an act" : "talk only") + " on the commitment's topic)"));
        }
        return out;
    }

    static boolean doing(ActRow a) {
        return a.kind() != null && DOING.contains(a.kind());
    }

    private static boolean overlap(Evidence a, Evidence b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
