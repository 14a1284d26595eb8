package org.communique.app;

import org.communique.store.CommitmentStore;
import picocli.CommandLine.Command;

@Command(name = "reject", mixinStandardHelpOptions = true,
        description = "Reject a proposed follow-through link: it no longer counts, and the tracker will not propose it again.")
final class CommitmentsRejectCommand extends LinkDecisionCommand {
    CommitmentsRejectCommand() {
        super(CommitmentStore::reject, "rejected");
    }
}
