package org.communique.bench;

import org.communique.eval.FieldScore;
import org.communique.model.Records;
import org.communique.reader.Reader;
import org.communique.eval.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The corpus generator: the same seed gives the same bytes, the gold has the record's shape, the reader reads it. */
class CorpusGeneratorTest {
    @TempDir
    Path tmp;

    @Test
    void theSameSeedWritesTheSameBytes() throws Exception {
        new CorpusGenerator(11).write(25, tmp.resolve("a"));
        new CorpusGenerator(11).write(25, tmp.resolve("b"));
        List<Path> a = files(tmp.resolve("a"));
        assertThat(a).hasSize(25 * 2 + 1);
        for (Path p : a) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(p.getFileName().toString())))
                    .as(p.getFileName().toString()).isEqualTo(Files.readAllBytes(p));
        }
    }

    @Test
    void aStatementDoesNotDependOnHowManyAreAskedFor() {
        CorpusGenerator g = new CorpusGenerator(5);
        CorpusGenerator.Statement alone = g.statement(17);
        CorpusGenerator.Statement inList = g.statements(30).get(17);
        assertThat(inList.bytes()).isEqualTo(alone.bytes());
        assertThat(inList.gold()).isEqualTo(alone.gold());
        assertThat(new CorpusGenerator(6).statement(17).bytes()).isNotEqualTo(alone.bytes());
    }

    @Test
    void goldRecordsHaveTheShapeOfTheDevelopmentCorpus() {
        Set<String> names = new HashSet<>();
        Set<String> extensions = new HashSet<>();
        Set<String> parties = new HashSet<>();
        for (CorpusGenerator.Statement s : new CorpusGenerator(3).statements(120)) {
            assertThat(names.add(s.name())).as("unique names").isTrue();
            extensions.add(s.extension());
            Map<String, Object> gold = Records.parseObject(s.gold());
            assertThat(gold).containsKeys("source", "dialogue", "round", "participants", "topics", "commitments",
                    "next_round", "references");
            assertThat(((Map<?, ?>) gold.get("source")).get("sha256")).isEqualTo(CorpusGenerator.sha256(s.bytes()));
            Map<?, ?> dialogue = (Map<?, ?>) gold.get("dialogue");
            List<?> ps = (List<?>) dialogue.get("parties");
            assertThat(ps).hasSize(2).isSorted();
            ps.forEach(p -> parties.add((String) p));
            String date = (String) ((Map<?, ?>) gold.get("round")).get("date");
            assertThat(date).matches("\\d{4}-\\d{2}(-\\d{2})?");
            for (Object o : (List<?>) gold.get("participants")) {
                Map<?, ?> p = (Map<?, ?>) o;
                assertThat(p.get("role")).isIn("head", "member", "mentioned");
                String text = new String(s.bytes(), StandardCharsets.UTF_8);
                String last = ((String) p.get("name")).replaceAll(".* ", "");
                assertThat(s.extension().equals("html") || text.contains(last)).as(last + " in " + s.name()).isTrue();
            }
            assertThat((List<?>) gold.get("topics")).isNotEmpty();
        }
        assertThat(extensions).containsExactlyInAnyOrder("txt", "html");
        assertThat(parties.size()).as("parties across 120 statements").isGreaterThan(25);
    }

    @Test
    void theReaderScoresReasonablyOnAGeneratedCorpus() throws Exception {
        Reader reader = new Reader();
        Scorer scorer = new Scorer();
        for (CorpusGenerator.Statement s : new CorpusGenerator(2).statements(40)) {
            var produced = Records.toMap(reader.read(s.bytes(), s.fileName()).record());
            scorer.add(s.name(), produced, Records.parseObject(s.gold()));
        }
        StringBuilder report = new StringBuilder();
        for (FieldScore f : scorer.fields()) {
            report.append(String.format(Locale.ROOT, "%-20s %.3f%n", f.name(), f.f1()));
        }
        System.out.printf(Locale.ROOT, "generated corpus, seed 2, 40 statements: mean F1 %.3f%n%s", scorer.meanF1(), report);
        assertThat(scorer.meanF1()).as(report.toString()).isGreaterThanOrEqualTo(0.6);
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
