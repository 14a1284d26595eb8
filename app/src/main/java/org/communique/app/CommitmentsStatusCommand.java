package org.communique.app;

import org.communique.store.CommitmentStatus;
import org.communique.store.CommitmentStore;
import org.communique.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Set a commitment's status; the tracker leaves it so from then on.")
final class CommitmentsStatusCommand extends StoreCommand {
    @Parameters(index = "0", paramLabel = "COMMITMENT", description = "the commitment's id, as `communique commitments` lists it")
    long commitment;

    @Parameters(index = "1", paramLabel = "STATUS",
            description = "open, fulfilled, partly-fulfilled, not-fulfilled, overdue, superseded or withdrawn")
    String status;

    @Option(names = "--reason", paramLabel = "TEXT", description = "why")
    String reason;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "who decides this (kept in the audit log)")
    String by;

    @Override
    void check() {
        checkStatus(this, status);
    }

    @Override
    int run(Database db) {
        new CommitmentStore(db).setStatus(commitment, status, by, reason);
        System.out.println("commitment " + commitment + " is " + status.strip().toLowerCase(java.util.Locale.ROOT)
                + " (recorded for " + by.strip() + ")");
        return Main.OK;
    }

    /** Refuses a status that is none of {@link CommitmentStatus#VALUES} (in any case, with any spaces around it). */
    static void checkStatus(StoreCommand command, String status) {
        if (!CommitmentStatus.VALUES.contains(status.strip().toLowerCase(java.util.Locale.ROOT))) {
            throw command.usageError("'" + status + "' is not a status; use one of " + String.join(", ", CommitmentStatus.VALUES));
        }
    }
}
