package org.communique.app;

import org.communique.store.CommitmentStore;
import org.communique.store.Database;
import org.communique.store.FollowThrough;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "confirm", mixinStandardHelpOptions = true,
        description = "Confirm a proposed follow-through link: it counts as evidence, whatever the tracker finds later.")
final class CommitmentsConfirmCommand implements Callable<Integer> {
    @Parameters(paramLabel = "LINK", description = "the link's id, as `communique commitments` lists it")
    long link;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "who decides this (kept in the audit log)")
    String by;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        try (Database db = store.open()) {
            FollowThrough f = new CommitmentStore(db).confirm(link, by);
            Tracking.run(db);
            System.out.println("link " + f.id() + " confirmed for commitment " + f.commitmentId() + " (recorded for " + by.strip() + ")");
            return Main.OK;
        }
    }
}
