package org.communique.app;

import org.communique.store.Database;
import org.communique.tracker.Tracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.LocalDate;

@Command(name = "track", mixinStandardHelpOptions = true,
        description = "Run the tracker over what is stored: series, people, follow-through and statuses. "
                + "Running it again on the same data changes nothing; what a person decided stays.")
final class TrackCommand extends StoreCommand {
    @Option(names = "--as-of", paramLabel = "DATE",
            description = "the day against which due dates count as passed (yyyy-mm-dd; default today)")
    LocalDate asOf;

    @Override
    int run(Database db) {
        System.out.println(new Tracker(db).run(asOf == null ? Tracking.today() : asOf));
        return Main.OK;
    }
}
