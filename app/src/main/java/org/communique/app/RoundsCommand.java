package org.communique.app;

import org.communique.model.Json;
import org.communique.store.Database;
import org.communique.store.Placement;
import org.communique.store.RoundStore;
import org.communique.store.RoundSummary;
import org.communique.store.SeriesRow;
import org.communique.store.SeriesStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "rounds", mixinStandardHelpOptions = true, description = "List the stored rounds.")
final class RoundsCommand implements Callable<Integer> {
    @Option(names = "--json", description = "one JSON object per line")
    boolean json;

    @Option(names = "--series", paramLabel = "KEY", description = "only the rounds of this series, in order (see `communique series`)")
    String series;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        try (Database db = store.open()) {
            Tracking.ensure(db);
            SeriesStore seriesStore = new SeriesStore(db);
            Map<Long, Placement> placements = seriesStore.placements();
            List<RoundSummary> rounds = new RoundStore(db).rounds();
            if (series != null) {
                long wanted = seriesStore.find(series).map(SeriesRow::id).orElseThrow(
                        () -> new UserError("there is no series " + series + " (see `communique series`)", Main.REFUSED));
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
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", r.id());
                    m.put("series", r.dialogueKey());
                    m.put("dialogue", r.dialogueName());
                    m.put("parties", r.parties());
                    m.put("ordinal", r.ordinal());
                    m.put("ordinal_inferred", inferred);
                    m.put("date", r.date());
                    m.put("place", r.place());
                    m.put("host", r.host());
                    m.put("file", r.fileName());
                    System.out.println(Json.write(m));
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
}
