package org.communique.app;

import org.communique.store.CommitmentStore;
import org.communique.store.FollowThrough;
import picocli.CommandLine.Command;

@Command(name = "reject", mixinStandardHelpOptions = true,
        description = "Reject a proposed follow-through link: it no longer counts, and the tracker will not propose it again.")
final class CommitmentsRejectCommand extends LinkDecisionCommand {
    @Override
    FollowThrough decide(CommitmentStore commitments, long link, String by) {
        return commitments.reject(link, by);
    }

    @Override
    String outcome() {
        return "rejected";
    }
}
