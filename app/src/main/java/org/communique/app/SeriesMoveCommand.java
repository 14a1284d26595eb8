package org.communique.app;

import org.communique.store.Database;
import org.communique.store.SeriesRow;
import org.communique.store.SeriesStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;


@Command(name = "move", mixinStandardHelpOptions = true,
        description = "Move one round into another series, for good: the tracker will not move it back.")
final class SeriesMoveCommand extends TrackedCommand {
    @Parameters(index = "0", paramLabel = "ROUND", description = "the round's id, as `communique rounds` lists it")
    long round;

    @Parameters(index = "1", paramLabel = "KEY", description = "the key of the series it belongs to")
    String key;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "who decides this (kept in the audit log)")
    String by;

    @Option(names = "--create", description = "make a new series under KEY if there is none")
    boolean create;

    @Override
    int run(Database db) {
        SeriesRow target = new SeriesStore(db).move(round, key, by, create);
        Tracking.run(db);
        System.out.println("moved round " + round + " into " + target.key() + " (recorded for " + by.strip() + ")");
        return Main.OK;
    }
}
