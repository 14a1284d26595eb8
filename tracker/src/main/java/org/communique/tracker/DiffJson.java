package org.communique.tracker;


import java.util.List;

/**
 * What changed between any two rounds ({@code communique diff --json}): as a series' change, with the rounds' dates,
 * whether they are of one series, and each commitment in full.
 */
public record DiffJson(long from, long to, String fromDate, String toDate, boolean sameSeries, List<String> topicsAdded,
                       List<String> topicsDropped, List<CommitmentJson> newCommitments, List<CommitmentJson> fulfilled,
                       List<CommitmentJson> stillOpen, List<CommitmentJson> overdue, List<CommitmentJson> closedByPerson) {

    public static DiffJson of(Diff d) {
        return new DiffJson(d.from(), d.to(), d.fromDate(), d.toDate(), d.sameSeries(), d.topicsAdded(), d.topicsDropped(),
                CommitmentJson.of(d.newCommitments()), CommitmentJson.of(d.fulfilled()), CommitmentJson.of(d.stillOpen()),
                CommitmentJson.of(d.overdue()), CommitmentJson.of(d.closedByPerson()));
    }
}
