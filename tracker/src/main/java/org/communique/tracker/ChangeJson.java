package org.communique.tracker;


import java.util.List;

/** What changed from one round of a series to the next, commitments by id (openapi.json: Series, changes). */
public record ChangeJson(long from, long to, List<String> topicsAdded, List<String> topicsDropped, List<Long> newCommitments,
                         List<Long> fulfilled, List<Long> stillOpen, List<Long> overdue, List<Long> closedByPerson) {

    public static ChangeJson of(Diff d) {
        return new ChangeJson(d.from(), d.to(), d.topicsAdded(), d.topicsDropped(), ids(d.newCommitments()), ids(d.fulfilled()),
                ids(d.stillOpen()), ids(d.overdue()), ids(d.closedByPerson()));
    }

    private static List<Long> ids(List<CommitmentView> list) {
        return list.stream().map(CommitmentView::id).toList();
    }
}
