package org.communique.app;

import org.communique.store.CommitmentStore;
import org.communique.store.Database;
import org.communique.store.FollowThrough;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A person's decision on a proposed follow-through link; the tracker never overrides it. */
abstract class LinkDecisionCommand extends StoreCommand {
    /** How the store records the decision. */
    interface Decision {
        FollowThrough record(CommitmentStore commitments, long link, String by);
    }

    @Parameters(paramLabel = "LINK", description = "the link's id, as `communique commitments` lists it")
    long link;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "who decides this (kept in the audit log)")
    String by;

    private final Decision decision;
    /** What the decision made of the link, as the confirmation line says it ("confirmed"). */
    private final String outcome;

    LinkDecisionCommand(Decision decision, String outcome) {
        this.decision = decision;
        this.outcome = outcome;
    }

    @Override
    int run(Database db) {
        FollowThrough f = decision.record(new CommitmentStore(db), link, by);
        Tracking.run(db);
        System.out.println("link " + f.id() + " " + outcome + " for commitment " + f.commitmentId()
                + " (recorded for " + by.strip() + ")");
        return Main.OK;
    }
}
