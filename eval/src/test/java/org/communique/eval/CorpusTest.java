package org.communique.eval;

import org.communique.model.Reading;
import org.communique.model.Records;
import org.communique.reader.Reader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our own statements (and the dev corpus beside the project, where present) scored against their gold records:
 * a mean or a field below the floors here is a regression of the reader.
 */
class CorpusTest {
    private static final Reader READER = new Reader();

    static List<Path> statements(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList();
        }
    }

    static Scorer score(Path dir) throws Exception {
        Scorer scorer = new Scorer();
        for (Path p : statements(dir)) {
            Reading r = READER.read(Files.readAllBytes(p), p.getFileName().toString());
            Map<String, Object> json = Records.toMap(r.record());
            String name = p.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            Path gold = p.resolveSibling(name + ".gold.json");
            if (Files.exists(gold)) scorer.add(name, json, Records.parseObject(Files.readString(gold, StandardCharsets.UTF_8)));
        }
        return scorer;
    }

    @Test
    void ourOwnStatements() throws Exception {
        Scorer s = score(Corpora.own());
        assertThat(statements(Corpora.own())).hasSizeGreaterThanOrEqualTo(25);
        // raised as the reader improves (0.947 on 2026-12-03): a rule that costs our own statements shows here
        assertThat(s.meanF1()).as(String.join("\n", s.misses())).isGreaterThanOrEqualTo(0.945);
    }

    @Test
    void theDevelopmentCorpusMeetsItsTargets() throws Exception {
        Path dev = Corpora.shared().resolve("corpus/dev");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(dev), "no dev corpus beside the project (../shared/corpus/dev): its targets are not checked");
        Scorer s = score(dev);
        // issue 12's target for the development corpus is 0.93; the reader has passed it (0.960 on 2026-12-03), and
        // the floor follows it up
        assertThat(s.meanF1()).as(String.join("\n", s.misses())).isGreaterThanOrEqualTo(0.95);
        for (FieldScore f : s.fields()) {
            double floor = switch (f.name()) {
                case "participants" -> 0.95;
                case "commitments" -> 0.80;
                case "round.date", "round.place", "dialogue.parties" -> 0.95;
                default -> 0.0;
            };
            assertThat(f.f1()).as(f.name()).isGreaterThanOrEqualTo(floor);
        }
    }
}
