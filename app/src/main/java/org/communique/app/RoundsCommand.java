package org.communique.app;

import org.communique.model.Records;
import org.communique.store.Database;
import org.communique.store.Placement;
import org.communique.store.RoundStore;
import org.communique.store.RoundSummary;
import org.communique.store.SeriesRow;
import org.communique.store.SeriesStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;

@Command(name = "rounds", mixinStandardHelpOptions = true, description = "List the stored rounds.")
final class RoundsCommand extends TrackedCommand {
    /** A stored round, one JSON line of {@code --json}. */
    record Line(long id, String series, String dialogue, List<String> parties, Integer ordinal, boolean ordinalInferred,
                String date, String place, String host, String file) {}

    @Option(names = "--json", description = "one JSON object per line")
    boolean json;

    @Option(names = "--series", paramLabel = "KEY", description = "only the rounds of this series, in order (see `communique series`)")
    String series;

    @Override
    int run(Database db) {
        SeriesStore seriesStore = new SeriesStore(db);
        Map<Long, Placement> placements = seriesStore.placements();
        List<RoundSummary> rounds = new RoundStore(db).rounds();
        if (series != null) {
            long wanted = seriesStore.find(series).map(SeriesRow::id).orElseThrow(
                    () -> new UserError("there is no series " + series + " (see `communique series`)"));
            rounds = rounds.stream().filter(r -> placements.containsKey(r.id())
                    && placements.get(r.id()).seriesId() == wanted).toList();
        }
        for (RoundSummary stored : rounds) {
            // the series the tracker (or a person) put the round in, numbered among its neighbours
            Placement p = placements.get(stored.id());
            RoundSummary r = p == null ? stored : new RoundSummary(stored.id(), p.seriesKey(), stored.dialogueName(),
                    p.ordinal(), stored.date(), stored.place(), stored.host(), stored.parties(), stored.fileName());
            boolean inferred = p != null && p.ordinalInferred();
            if (json) {
                System.out.println(Records.write(new Line(r.id(), r.dialogueKey(), r.dialogueName(), r.parties(), r.ordinal(),
                        inferred, r.date(), r.place(), r.host(), r.fileName())));
            } else {
                System.out.printf("%5d  %-10s  %-20s  %-24s  %s%s%n", r.id(), r.date() == null ? "?" : r.date(),
                        r.dialogueKey(), r.place() == null ? "-" : r.place(),
                        r.ordinal() == null ? "" : "#" + r.ordinal() + (inferred ? "* " : " "), r.dialogueName() == null ? "" : r.dialogueName());
            }
        }
        if (!json) System.out.println(org.communique.web.Words.count(rounds.size(), "round"));
        return Main.OK;
    }
}
