package org.communique.app;

import org.communique.reader.Reader;
import org.communique.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read statements and store their rounds; files or folders (.txt, .html, .htm, .pdf).")
final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "statement files or folders (searched recursively)")
    List<Path> paths;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        List<Path> inputs = Inputs.expand(paths);
        if (inputs.isEmpty()) {
            System.err.println("communique: no statements (.txt, .html, .htm, .pdf) found in " + paths);
            return Main.REFUSED;
        }
        try (Database db = store.open()) {
            Ingestion.Tally tally = new Ingestion(db, new Reader()).ingest(inputs, System.out);
            System.out.println(tally);
            // the rounds stored now, and any that a run killed before the end of its tracking left untracked
            Tracking.ensure(db).ifPresent(report -> System.out.println("tracked: " + report));
            return tally.refused() == 0 ? Main.OK : Main.REFUSED;
        }
    }
}
