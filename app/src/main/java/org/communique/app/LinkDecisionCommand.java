package org.communique.app;

import org.communique.store.CommitmentStore;
import org.communique.store.Database;
import org.communique.store.FollowThrough;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** A person's decision on a proposed follow-through link; the tracker never overrides it. */
abstract class LinkDecisionCommand implements Callable<Integer> {
    @Parameters(paramLabel = "LINK", description = "the link's id, as `communique commitments` lists it")
    long link;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "who decides this (kept in the audit log)")
    String by;

    @Mixin
    StoreOptions store;

    abstract FollowThrough decide(CommitmentStore commitments, long link, String by);

    abstract String outcome();

    @Override
    public Integer call() {
        try (Database db = store.open()) {
            FollowThrough f = decide(new CommitmentStore(db), link, by);
            Tracking.run(db);
            System.out.println("link " + f.id() + " " + outcome() + " for commitment " + f.commitmentId()
                    + " (recorded for " + by.strip() + ")");
            return Main.OK;
        }
    }
}
