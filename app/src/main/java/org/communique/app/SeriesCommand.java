package org.communique.app;

import org.communique.model.Records;
import org.communique.store.Database;
import org.communique.tracker.Series;
import org.communique.tracker.SeriesDetail;
import org.communique.tracker.SeriesJson;
import org.communique.tracker.SeriesOverview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "series", mixinStandardHelpOptions = true,
        description = "List the dialogue series: their rounds in order, cadence and host rotation.",
        subcommands = {SeriesMergeCommand.class, SeriesMoveCommand.class})
final class SeriesCommand extends TrackedCommand {
    @Option(names = "--json", description = "one JSON object per series and line, as /api/series/KEY gives it")
    boolean json;

    @Override
    int run(Database db) {
        if (json) {
            // each series as the API gives it (/api/series/KEY)
            for (SeriesDetail d : SeriesDetail.all(db)) System.out.println(Records.write(SeriesJson.of(d)));
            return Main.OK;
        }
        List<Series> all = SeriesOverview.list(db);
        for (Series s : all) {
            System.out.println(s.key() + "  " + (s.name() == null ? "(name not stated)" : s.name())
                    + (s.acronym() == null ? "" : " (" + s.acronym() + ")") + "  " + String.join("-", s.parties()));
            System.out.println("    " + s.rounds().size() + (s.rounds().size() == 1 ? " round" : " rounds")
                    + (s.cadence().words() == null ? "" : ", " + s.cadence().words())
                    + (s.hosts().hosts().isEmpty() ? "" : ", hosts " + String.join(" ", s.hosts().hosts()))
                    + (s.hosts().pattern() == null ? "" : " (" + s.hosts().pattern() + ")"));
            for (Series.SeriesRound r : s.rounds()) {
                if (r.renamedFrom() != null) System.out.println("           -- renamed (formerly " + r.renamedFrom() + ")");
                System.out.printf("    %5d  %-10s  %-5s  %-20s  %s%n", r.id(), r.date() == null ? "?" : r.date(),
                        r.ordinal() == null ? "#?" : "#" + r.ordinal() + (r.ordinalInferred() ? "*" : ""),
                        r.place() == null ? "-" : r.place(),
                        (r.name() == null ? "" : r.name()) + ("tracker".equals(r.placedBy()) ? "" : "  [placed by " + r.placedBy() + "]")
                                + (r.ordinalNote() == null ? "" : "  [! " + r.ordinalNote() + "]"));
            }
        }
        System.out.println(all.size() + " series (* ordinal inferred from the neighbouring rounds under the same"
                + " name; [!] stated ordinals that do not add up)");
        return Main.OK;
    }
}
