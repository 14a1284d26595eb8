package org.communique.tracker;

import java.util.List;

/**
 * What changed from one round to a later one: topics added and dropped, commitments made at the later
 * round, and the commitments made up to the earlier round as they stand at the later one.
 */
public record Diff(long from, long to, String fromDate, String toDate, boolean sameSeries, List<String> topicsAdded,
                   List<String> topicsDropped, List<CommitmentView> newCommitments, List<CommitmentView> fulfilled,
                   List<CommitmentView> stillOpen, List<CommitmentView> overdue, List<CommitmentView> closedByPerson) {
    public Diff {
        topicsAdded = List.copyOf(topicsAdded);
        topicsDropped = List.copyOf(topicsDropped);
        newCommitments = List.copyOf(newCommitments);
        fulfilled = List.copyOf(fulfilled);
        stillOpen = List.copyOf(stillOpen);
        overdue = List.copyOf(overdue);
        closedByPerson = List.copyOf(closedByPerson);
    }
}
