package org.communique.app;

import org.communique.store.CommitmentStatus;
import org.communique.store.CommitmentStore;
import org.communique.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Set a commitment's status; the tracker leaves it so from then on.")
final class CommitmentsStatusCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "COMMITMENT", description = "the commitment's id, as `communique commitments` lists it")
    long commitment;

    @Parameters(index = "1", paramLabel = "STATUS",
            description = "open, fulfilled, partly-fulfilled, not-fulfilled, overdue, superseded or withdrawn")
    String status;

    @Option(names = "--reason", paramLabel = "TEXT", description = "why")
    String reason;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "who decides this (kept in the audit log)")
    String by;

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!CommitmentStatus.VALUES.contains(status.strip().toLowerCase(java.util.Locale.ROOT))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'" + status + "' is not a status; use one of "
                    + String.join(", ", CommitmentStatus.VALUES));
        }
        try (Database db = store.open()) {
            new CommitmentStore(db).setStatus(commitment, status, by, reason);
            System.out.println("commitment " + commitment + " is " + status.strip().toLowerCase(java.util.Locale.ROOT)
                    + " (recorded for " + by.strip() + ")");
            return Main.OK;
        }
    }
}
