package org.communique.app;

import org.communique.store.Database;
import org.communique.store.SeriesRow;
import org.communique.store.SeriesStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;


@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge the series FROM into INTO: its rounds move for good, and the key FROM leads to INTO.")
final class SeriesMergeCommand extends TrackedCommand {
    @Parameters(index = "0", paramLabel = "FROM", description = "the key of the series to merge away")
    String from;

    @Parameters(index = "1", paramLabel = "INTO", description = "the key of the series that keeps the rounds")
    String into;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "who decides this (kept in the audit log)")
    String by;

    @Override
    int run(Database db) {
        SeriesRow target = new SeriesStore(db).merge(from, into, by);
        Tracking.run(db); // number the merged rounds anew
        System.out.println("merged " + from + " into " + target.key() + " (recorded for " + by.strip() + ")");
        return Main.OK;
    }
}
