package org.communique.app;

import org.communique.model.Records;
import org.communique.store.CommitmentStatus;
import org.communique.store.Database;
import org.communique.store.FollowThrough;
import org.communique.store.Score;
import org.communique.store.SeriesStore;
import org.communique.tracker.CommitmentJson;
import org.communique.tracker.CommitmentOverview;
import org.communique.tracker.CommitmentView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;

@Command(name = "commitments", mixinStandardHelpOptions = true,
        description = "List commitments with their status and follow-through timeline; confirm, reject, score, set status.",
        subcommands = {CommitmentsConfirmCommand.class, CommitmentsRejectCommand.class, CommitmentsScoreCommand.class,
                CommitmentsStatusCommand.class})
final class CommitmentsCommand extends TrackedCommand {
    @Option(names = "--series", paramLabel = "KEY", description = "only this series (see `communique series`)")
    String series;

    @Option(names = "--status", paramLabel = "STATUS", completionCandidates = Statuses.class,
            description = "only this status: ${COMPLETION-CANDIDATES}")
    String status;

    /** The statuses, for the help to list as the store knows them. */
    static final class Statuses implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return CommitmentStatus.VALUES.iterator();
        }
    }

    @Option(names = "--json", description = "one JSON object per commitment and line")
    boolean json;

    @Override
    void check() {
        if (status != null) CommitmentsStatusCommand.checkStatus(this, status);
    }

    @Override
    int run(Database db) {
        if (series != null && new SeriesStore(db).find(series).isEmpty()) {
            throw new UserError("there is no series " + series + " (see `communique series`)");
        }
        String wanted = status == null ? null : status.strip().toLowerCase(Locale.ROOT);
        List<CommitmentView> all = CommitmentOverview.list(db, series, wanted);
        for (CommitmentView c : all) {
            if (json) System.out.println(Records.write(CommitmentJson.of(c)));
            else print(c);
        }
        if (!json) System.out.println(org.communique.web.Words.count(all.size(), "commitment"));
        return Main.OK;
    }

    static void print(CommitmentView c) {
        System.out.printf("%5d  %-16s  %-10s  %s  %s %s%s%n", c.id(), "[" + c.status() + "]", c.madeOn() == null ? "?" : c.madeOn(),
                c.series() == null ? "-" : c.series(), String.join("+", c.actors()), c.text(),
                c.due() == null ? "" : "  (due " + c.due() + ")");
        if (c.statusBy() != null && !"tracker".equals(c.statusBy())) {
            System.out.println("         status set by " + c.statusBy() + (c.statusReason() == null ? "" : ": " + c.statusReason()));
        }
        for (FollowThrough f : c.timeline()) {
            System.out.printf("         link %d  %s  %s  %.2f  %s%s%n", f.id(), f.seenOn() == null ? "?" : f.seenOn(), f.rule(),
                    f.confidence(), f.explanation(), "proposed".equals(f.state()) ? "" : "  [" + f.state() + " by " + f.decidedBy() + "]");
        }
        for (Score s : c.scores()) {
            System.out.println("         score " + s.party() + " " + (s.score() > 0 ? "+" : "") + s.score() + " by " + s.scoredBy()
                    + ": " + s.reason());
        }
    }
}
