package org.communique.tracker;

import org.communique.store.FollowThrough;
import org.communique.store.Score;

import java.util.List;

/** A commitment as users see it: where it was made, where it stands and why, its timeline and its scores. */
public record CommitmentView(long id, long roundId, String series, String madeOn, List<String> actors, String text,
                             String due, String place, String status, String statusBy, String statusReason,
                             List<FollowThrough> timeline, List<Score> scores) {
    public CommitmentView {
        actors = List.copyOf(actors);
        timeline = List.copyOf(timeline);
        scores = List.copyOf(scores);
    }
}
