package org.communique.app;

import org.communique.store.CommitmentStore;
import org.communique.store.Database;
import org.communique.store.FollowThrough;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A person's decision on a proposed follow-through link; the tracker never overrides it. */
abstract class LinkDecisionCommand extends StoreCommand {
    @Parameters(paramLabel = "LINK", description = "the link's id, as `communique commitments` lists it")
    long link;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "who decides this (kept in the audit log)")
    String by;

    abstract FollowThrough decide(CommitmentStore commitments, long link, String by);

    abstract String outcome();

    @Override
    int run(Database db) {
        FollowThrough f = decide(new CommitmentStore(db), link, by);
        Tracking.run(db);
        System.out.println("link " + f.id() + " " + outcome() + " for commitment " + f.commitmentId()
                + " (recorded for " + by.strip() + ")");
        return Main.OK;
    }
}
