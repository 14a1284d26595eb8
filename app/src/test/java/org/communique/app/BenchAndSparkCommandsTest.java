package org.communique.app;

import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** communique bench corpus, eval on what it wrote, and communique spark (its own JVM) with --db. */
class BenchAndSparkCommandsTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void evalScoresTheReaderOnAGeneratedCorpus() {
        Path corpus = tmp.resolve("corpus");
        assertThat(run("bench", "corpus", "--statements", "30", "--seed", "9", "--out", corpus.toString())).isZero();
        assertThat(run("eval", corpus.toString())).isZero();
        Matcher m = Pattern.compile("mean F1 (\\d\\.\\d+) over 30 statements").matcher(out());
        assertThat(m.find()).as(out()).isTrue();
        double f1 = Double.parseDouble(m.group(1));
        oldOut.println("communique eval on 30 generated statements (seed 9): mean F1 " + f1);
        assertThat(f1).isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void sparkWritesParquetAndStoresTheRounds() throws Exception {
        Path corpus = tmp.resolve("corpus");
        assertThat(run("bench", "corpus", "--statements", "20", "--seed", "4", "--out", corpus.toString())).isZero();
        try (Database pg = Database.embedded(tmp.resolve("pg"))) {
            String url = pg.url();
            int code = run("spark", "--in", corpus.toString(), "--out", tmp.resolve("out").toString(), "--memory", "1g",
                    "--db", url, "--db-user", "postgres");
            assertThat(code).as(out() + err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out()).contains("spark: 20 documents (files)").contains("stored: ");
            for (String table : new String[]{"rounds", "participants", "topics", "commitments", "references", "evidence"}) {
                assertThat(tmp.resolve("out").resolve(table).resolve("_SUCCESS")).exists();
            }
            long rounds = new RoundStore(pg).count("rounds");
            assertThat(rounds).isGreaterThanOrEqualTo(18).isLessThanOrEqualTo(20);
            assertThat(out()).contains("stored: " + rounds + " new rounds, 0 already known");
            // the records of a run (here this one) load again: every round already known
            assertThat(run("spark", "--load", tmp.resolve("out").toString(), "--db", url, "--db-user", "postgres"))
                    .as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out()).contains("stored: 0 new rounds, " + rounds + " already known");
        }
    }

    @Test
    void sparkRefusesAnExistingOutputInOneSentence() throws Exception {
        Files.createDirectories(tmp.resolve("out"));
        Files.createDirectories(tmp.resolve("in"));
        assertThat(run("spark", "--in", tmp.resolve("in").toString(), "--out", tmp.resolve("out").toString()))
                .isEqualTo(Main.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("already exists (pass --overwrite to replace it)");
        assertThat(run("spark", "--in", "x", "--out", "y", "--format", "pdf")).isEqualTo(Main.USAGE);
        assertThat(run("spark", "--in", "x")).isEqualTo(Main.USAGE);
        assertThat(run("spark", "--load", "x")).isEqualTo(Main.USAGE);
    }
}
