package org.communique.app;

import org.communique.store.CommitmentStore;
import org.communique.store.FollowThrough;
import picocli.CommandLine.Command;

@Command(name = "confirm", mixinStandardHelpOptions = true,
        description = "Confirm a proposed follow-through link: it counts as evidence, whatever the tracker finds later.")
final class CommitmentsConfirmCommand extends LinkDecisionCommand {
    @Override
    FollowThrough decide(CommitmentStore commitments, long link, String by) {
        return commitments.confirm(link, by);
    }

    @Override
    String outcome() {
        return "confirmed";
    }
}
