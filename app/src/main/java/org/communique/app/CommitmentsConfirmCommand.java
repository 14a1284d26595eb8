package org.communique.app;

import org.communique.store.CommitmentStore;
import picocli.CommandLine.Command;

@Command(name = "confirm", mixinStandardHelpOptions = true,
        description = "Confirm a proposed follow-through link: it counts as evidence, whatever the tracker finds later.")
final class CommitmentsConfirmCommand extends LinkDecisionCommand {
    CommitmentsConfirmCommand() {
        super(CommitmentStore::confirm, "confirmed");
    }
}
