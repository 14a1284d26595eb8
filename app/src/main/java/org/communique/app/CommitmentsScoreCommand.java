package org.communique.app;

import org.communique.store.CommitmentStore;
import org.communique.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score how far one party kept a commitment: -1, 0 or +1, with a reason (the G7 Research Group's scale).")
final class CommitmentsScoreCommand extends StoreCommand {
    @Parameters(index = "0", paramLabel = "COMMITMENT", description = "the commitment's id, as `communique commitments` lists it")
    long commitment;

    @Parameters(index = "1", paramLabel = "PARTY", description = "the party's ISO code, e.g. US")
    String party;

    @Parameters(index = "2", paramLabel = "SCORE", description = "-1, 0 or +1")
    int score;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why this score")
    String reason;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "who scores (kept in the audit log)")
    String by;

    @Override
    void check() {
        if (score < -1 || score > 1) throw usageError("a score is -1, 0 or +1 (got " + score + ")");
    }

    @Override
    int run(Database db) {
        new CommitmentStore(db).score(commitment, party, score, reason, by);
        System.out.println("commitment " + commitment + ": " + party.strip().toUpperCase(java.util.Locale.ROOT) + " scored "
                + (score > 0 ? "+" : "") + score + " (recorded for " + by.strip() + ")");
        return Main.OK;
    }
}
