package org.communique.app;

import org.communique.model.Commitment;
import org.communique.model.Participant;
import org.communique.model.Records;
import org.communique.model.RoundRecord;
import org.communique.model.TopicFound;
import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.communique.web.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Optional;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one stored round.")
final class ShowCommand extends StoreCommand {
    @Parameters(paramLabel = "ROUND", description = "the round's id, as `communique rounds` lists it")
    long id;

    @Option(names = "--json", description = "print the round record as JSON")
    boolean json;

    @Override
    int run(Database db) {
        Optional<RoundRecord> found = new RoundStore(db).record(id);
        if (found.isEmpty()) {
            System.err.println("communique: there is no round " + id);
            return Main.REFUSED;
        }
        RoundRecord r = found.get();
        if (json) {
            System.out.println(Records.write(r));
            return Main.OK;
        }
        System.out.println((r.dialogue().name() == null ? "(dialogue not named)" : r.dialogue().name())
                + (r.dialogue().acronym() == null ? "" : " (" + r.dialogue().acronym() + ")")
                + "  " + String.join("-", r.dialogue().parties()));
        System.out.println("round " + (r.round().ordinal() == null ? "?" : r.round().ordinal()) + ", "
                + (r.round().date() == null ? "date unknown" : r.round().date()) + ", "
                + (r.round().place() == null ? "place unknown" : r.round().place())
                + (r.round().host() == null ? "" : " (host " + r.round().host() + ")"));
        System.out.println("\nParticipants");
        for (Participant p : r.participants()) {
            System.out.println("  " + p.role().code() + "  " + p.name() + (p.party() == null ? "" : " [" + p.party() + "]")
                    + (p.title() == null ? "" : ", " + p.title()));
        }
        System.out.println("\nTopics");
        // a track by its name, as the pages show it, not by its code
        for (TopicFound t : r.topics()) System.out.println("  " + Words.track(t.track()) + "  " + t.label());
        System.out.println("\nCommitments");
        for (Commitment c : r.commitments()) {
            System.out.println("  " + String.join("+", c.actors()) + " " + c.trigger() + " " + c.text()
                    + (c.due() == null ? "" : "  [due " + c.due() + "]"));
        }
        if (r.nextRound() != null) {
            System.out.println("\nNext round: " + (r.nextRound().place() == null ? "place not set" : r.nextRound().place())
                    + ", " + (r.nextRound().due() == null ? "date not set" : r.nextRound().due()));
        }
        return Main.OK;
    }
}
