package org.communique.app;

import org.communique.eval.FieldScore;
import org.communique.model.Records;
import org.communique.reader.Reader;
import org.communique.eval.Scorer;
import org.communique.reader.UnreadableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the reader on DIR/NAME.{txt,html,pdf} against DIR/NAME.gold.json (docs/EVALUATION.md).",
                "A DIR holding gold.jsonl (a labelled set such as eval/real) is scored on DIR/texts/ID.txt instead."})
final class EvalCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "a folder of statements with their gold records")
    Path dir;

    @Option(names = "--explain", description = "list each miss")
    boolean explain;

    @Option(names = "--split", paramLabel = "NAME", description = "with gold.jsonl: only the entries of this split (build or kept)")
    String split;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            System.err.println("communique: " + dir + " is not a folder");
            return Main.REFUSED;
        }
        Reader reader = new Reader();
        Scorer scorer = new Scorer();
        int n = Files.exists(dir.resolve("gold.jsonl")) ? labelledSet(reader, scorer) : pairs(reader, scorer);
        if (n == 0) {
            System.err.println("communique: " + dir + " holds no statement with its gold record");
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

    /** DIR/NAME.txt beside DIR/NAME.gold.json. */
    private int pairs(Reader reader, Scorer scorer) throws IOException {
        int n = 0;
        for (Path p : Inputs.expand(List.of(dir))) {
            String name = p.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            Path gold = p.resolveSibling(name + ".gold.json");
            if (!Files.exists(gold)) continue;
            try {
                var produced = Records.toMap(reader.read(Files.readAllBytes(p), p.getFileName().toString()).record());
                scorer.add(name, produced, Records.parseObject(Files.readString(gold, StandardCharsets.UTF_8)));
                n++;
            } catch (UnreadableException e) {
                System.err.println("communique: " + e.getMessage());
            }
        }
        return n;
    }

    /**
     * DIR/gold.jsonl, one labelled statement a line ({"id", "split", "gold", ...}), with its text at DIR/texts/ID.txt.
     * The texts belong to their publishers and are not in the repository: a missing one is counted and said.
     */
    private int labelledSet(Reader reader, Scorer scorer) throws IOException {
        int n = 0;
        int missing = 0;
        int changed = 0;
        for (String line : Files.readAllLines(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            Map<String, Object> entry = Records.parseObject(line);
            if (split != null && !split.equals(entry.get("split"))) continue;
            String id = String.valueOf(entry.get("id"));
            @SuppressWarnings("unchecked")
            Map<String, Object> gold = (Map<String, Object>) entry.get("gold");
            Path text = dir.resolve("texts").resolve(id + ".txt");
            if (!Files.isRegularFile(text)) {
                missing++;
                continue;
            }
            byte[] bytes = Files.readAllBytes(text);
            @SuppressWarnings("unchecked")
            Object sha = ((Map<String, Object>) gold.getOrDefault("source", Map.of())).get("sha256");
            if (sha != null && !sha.equals(Reader.sha256(bytes))) {
                changed++; // the stored page changed since it was labelled: its labels may not fit
                continue;
            }
            try {
                var produced = Records.toMap(reader.read(bytes, id + ".txt").record());
                scorer.add(id, produced, gold);
                n++;
            } catch (UnreadableException e) {
                System.err.println("communique: " + e.getMessage());
            }
        }
        if (missing > 0) System.err.println("communique: " + (missing == 1 ? "1 text is" : missing + " texts are") + " not in " + dir.resolve("texts")
                + " (fetch them as " + dir.resolve("README.md") + " says)");
        if (changed > 0) System.err.println("communique: " + (changed == 1 ? "1 text differs from the one" : changed + " texts differ from the ones")
                + " labelled (sha256) and " + (changed == 1 ? "was" : "were") + " left out");
        return n;
    }
}
