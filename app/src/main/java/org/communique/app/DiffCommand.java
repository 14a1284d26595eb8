package org.communique.app;

import org.communique.model.Records;
import org.communique.store.Database;
import org.communique.tracker.CommitmentView;
import org.communique.tracker.Diff;
import org.communique.tracker.DiffJson;
import org.communique.tracker.RoundDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "What changed between two rounds: topics added and dropped, new commitments, and the earlier "
                + "commitments fulfilled, still open or overdue by the later round.")
final class DiffCommand extends TrackedCommand {
    @Parameters(index = "0", paramLabel = "ROUND", description = "one round's id (either order)")
    long first;

    @Parameters(index = "1", paramLabel = "ROUND", description = "the other round's id")
    long second;

    @Option(names = "--json", description = "print the difference as one JSON object")
    boolean json;

    @Override
    int run(Database db) {
        Diff d;
        try {
            d = RoundDiff.between(db, first, second);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        if (json) {
            System.out.println(Records.write(DiffJson.of(d)));
            return Main.OK;
        }
        System.out.println("round " + d.from() + " (" + d.fromDate() + ") to round " + d.to() + " (" + d.toDate() + ")"
                + (d.sameSeries() ? "" : ": not of one series, so only the earlier round's commitments are followed"));
        System.out.println("\nTopics added: " + (d.topicsAdded().isEmpty() ? "none" : String.join("; ", d.topicsAdded())));
        System.out.println("Topics dropped: " + (d.topicsDropped().isEmpty() ? "none" : String.join("; ", d.topicsDropped())));
        section("New commitments", d.newCommitments());
        section("Fulfilled", d.fulfilled());
        section("Still open", d.stillOpen());
        section("Overdue", d.overdue());
        if (!d.closedByPerson().isEmpty()) section("Closed by a person", d.closedByPerson());
        return Main.OK;
    }

    private static void section(String title, List<CommitmentView> commitments) {
        System.out.println("\n" + title + " (" + commitments.size() + ")");
        for (CommitmentView c : commitments) {
            System.out.println("  " + c.id() + "  " + c.madeOn() + "  " + String.join("+", c.actors()) + " " + c.text()
                    + (c.due() == null ? "" : "  (due " + c.due() + ")"));
        }
    }
}
