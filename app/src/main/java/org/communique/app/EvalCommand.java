package org.communique.app;

import org.communique.model.Json;
import org.communique.model.RecordJson;
import org.communique.reader.FieldScore;
import org.communique.reader.Reader;
import org.communique.reader.Scorer;
import org.communique.reader.UnreadableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the reader on DIR/NAME.{txt,html,pdf} against DIR/NAME.gold.json (EVALUATION.md).")
final class EvalCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "a folder of statements with their gold records")
    Path dir;

    @Option(names = "--explain", description = "list each miss")
    boolean explain;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            System.err.println("communique: " + dir + " is not a folder");
            return Main.REFUSED;
        }
        Reader reader = new Reader();
        Scorer scorer = new Scorer();
        int n = 0;
        for (Path p : Inputs.expand(List.of(dir))) {
            String name = p.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            Path gold = p.resolveSibling(name + ".gold.json");
            if (!Files.exists(gold)) continue;
            try {
                var produced = Json.parseObject(RecordJson.write(reader.read(Files.readAllBytes(p), p.getFileName().toString()).record()));
                scorer.add(name, produced, Json.parseObject(Files.readString(gold, StandardCharsets.UTF_8)));
                n++;
            } catch (UnreadableException e) {
                System.err.println("communique: " + e.getMessage());
            }
        }
        if (n == 0) {
            System.err.println("communique: " + dir + " holds no statement with a NAME.gold.json beside it");
            return Main.REFUSED;
        }
        System.out.printf(Locale.ROOT, "%-22s %9s %9s %9s %7s %7s%n", "field", "precision", "recall", "F1", "gold", "found");
        for (FieldScore f : scorer.fields()) {
            System.out.printf(Locale.ROOT, "%-22s %9.3f %9.3f %9.3f %7d %7d%n", f.name(), f.precision(), f.recall(), f.f1(),
                    f.gold(), f.produced());
        }
        System.out.printf(Locale.ROOT, "mean F1 %.3f over %d statements%n", scorer.meanF1(), n);
        if (explain) scorer.misses().forEach(System.out::println);
        return Main.OK;
    }
}
