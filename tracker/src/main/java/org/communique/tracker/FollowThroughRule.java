package org.communique.tracker;

import org.communique.store.CommitmentRow;
import org.communique.store.CommitmentStore;
import org.communique.store.Proposal;
import org.communique.store.TrackedRound;

import java.util.List;

/**
 * One way later rounds can show what became of a commitment. The tracker asks the rules of
 * {@link FollowThroughRules#ALL} in order, and the first that applies to a commitment follows it. A rule's name and
 * strength are what it is; the rest is what it does.
 */
abstract class FollowThroughRule {
    /** What a link of the rule shows when no one has rejected it. */
    enum Strength {
        /** The commitment done: the round met as planned, the mechanism met. */
        FULFILS,
        /** Work on it, not the thing itself: a later act on its topic, when sure enough. */
        PARTLY
    }

    private final String name;
    private final Strength strength;

    FollowThroughRule(String name, Strength strength) {
        this.name = name;
        this.strength = strength;
    }

    /** The name each of its links is stored under (follow_through.rule). */
    final String name() {
        return name;
    }

    final Strength strength() {
        return strength;
    }

    /** Whether the rule follows {@code c}: whether its words are the kind of commitment the rule knows how to follow. */
    abstract boolean appliesTo(CommitmentRow c, Snapshot s);

    /** The later rounds, oldest first, in which the rule looks for what became of {@code c}. */
    abstract List<TrackedRound> searches(CommitmentRow c, Snapshot s);

    /**
     * The links it proposes for the commitments it follows, each to one of the rounds it {@link #searches}; what it
     * needs from the store beyond the snapshot (statements' text) is read for all of them at once.
     */
    abstract List<Proposal> propose(List<CommitmentRow> followed, Snapshot s, CommitmentStore store);

    private static final int MAX_QUOTE = 400;

    /** A sentence of a statement as a link quotes it: whole, or cut short with an ellipsis past {@value #MAX_QUOTE} characters. */
    static String quoted(String sentence) {
        return sentence.length() <= MAX_QUOTE ? sentence : sentence.substring(0, MAX_QUOTE - 1) + "\u2026";
    }
}
