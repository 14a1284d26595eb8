package org.communique.tracker;

import java.util.List;
import java.util.Optional;

/** The follow-through rules the tracker runs, in the order in which they claim a commitment. */
public final class FollowThroughRules {
    private FollowThroughRules() {}

    /** A plan for the next round first (it names a meeting too), then a mechanism, then a topic. */
    static final List<FollowThroughRule> ALL = List.of(new NextRoundRule(), new MechanismRule(), new TopicRule());

    /** The names the tracker stores its links under: every rule's, and no others. */
    public static List<String> names() {
        return ALL.stream().map(FollowThroughRule::name).toList();
    }

    /** What a stored link of rule {@code name} shows; nothing for a rule no longer run. */
    static Optional<FollowThroughRule.Strength> strengthOf(String name) {
        return ALL.stream().filter(r -> r.name().equals(name)).findFirst().map(FollowThroughRule::strength);
    }
}
