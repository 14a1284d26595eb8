package org.communique.tracker;

import org.communique.store.FollowThrough;
import org.communique.store.Score;

import java.util.List;

/** A commitment with where it stands, its follow-through timeline and its scores (openapi.json: SeriesCommitment). */
public record CommitmentJson(long id, long round, String madeOn, List<String> actors, String text, String due, String place,
                             String status, String statusBy, String statusReason, List<Link> timeline, List<Scored> scores) {

    /** One sign of follow-through; confidence to two places, as the tracker states it. */
    public record Link(long link, String rule, Long round, String date, String quote, double confidence, String explanation,
                       String recordedBy, String state, String decidedBy, String decidedAt) {}

    /** A party's score of the commitment, by whom and when. */
    public record Scored(String party, int score, String reason, String by, String at) {}

    public static CommitmentJson of(CommitmentView c) {
        return new CommitmentJson(c.id(), c.roundId(), c.madeOn(), c.actors(), c.text(), c.due(), c.place(), c.status(),
                c.statusBy(), c.statusReason(), c.timeline().stream().map(CommitmentJson::link).toList(),
                c.scores().stream().map(CommitmentJson::scored).toList());
    }

    public static List<CommitmentJson> of(List<CommitmentView> list) {
        return list.stream().map(CommitmentJson::of).toList();
    }

    private static Link link(FollowThrough f) {
        return new Link(f.id(), f.rule(), f.roundId(), f.seenOn(), f.quote(), Math.round(f.confidence() * 100) / 100.0,
                f.explanation(), f.recordedBy(), f.state(), f.decidedBy(), f.decidedAt());
    }

    private static Scored scored(Score s) {
        return new Scored(s.party(), s.score(), s.reason(), s.scoredBy(), s.scoredAt());
    }
}
