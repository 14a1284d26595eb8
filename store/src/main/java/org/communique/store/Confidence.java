package org.communique.store;

/**
 * What a follow-through link's confidence ({@link Proposal#confidence()}, 0 to 1) is and says, in one place: the
 * values the tracker's rules give, and the thresholds at which a link's status and words change. Here, beside the
 * links, so that the tracker that sets them and the briefing book and pages that word them read the same numbers.
 */
public final class Confidence {
    private Confidence() {}

    /** At or above: a strong sign (a later statement reports the mechanism meeting). */
    public static final double STRONG = 0.8;
    /** At or above: a fair sign; a topic link this sure is an act on the topic, and the commitment partly fulfilled. */
    public static final double FAIR = 0.6;

    /** Next round: a later round held in the place and the time planned. */
    public static final double HELD_AS_PLANNED = 0.95;
    /** Next round: the very next round, held in the time planned; no place was planned. */
    public static final double NEXT_IN_TIME = 0.75;
    /** Next round: the very next round, held in the place planned; no time was planned. */
    public static final double NEXT_IN_PLACE = 0.7;

    /** Mechanism: a later statement numbers a meeting at or past the one committed to, so that one took place. */
    public static final double LATER_MEETING_NUMBERED = 0.95;
    /** Mechanism: listed among a later statement's references, in a sentence saying it met. */
    public static final double LISTED_MEETING = 0.9;
    /** Mechanism: listed among a later statement's references. */
    public static final double LISTED = 0.85;
    /** Mechanism: a sentence of a later statement says it met. */
    public static final double MENTIONED_MEETING = 0.8;
    /** Mechanism: a sentence of a later statement names it. */
    public static final double MENTIONED = 0.7;
    /** Mechanism: taken off when the later statement names it by an acronym alone, which may stand for more. */
    public static final double BY_ACRONYM_ONLY = 0.05;

    /** Topic: a later act on the commitment's topic that does something (signs, launches, pledges). */
    public static final double ACT_ON_TOPIC = FAIR;
    /** Topic: later talk on the commitment's topic. */
    public static final double TALK_ON_TOPIC = 0.4;
}
