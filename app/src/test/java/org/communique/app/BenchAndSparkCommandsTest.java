package org.communique.app;

import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.communique.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** communique bench corpus, eval on what it wrote, and communique spark (its own JVM) with --db. */
class BenchAndSparkCommandsTest {
    @TempDir
    Path tmp;

    private final Cli cli = new Cli();

    @Test
    void evalScoresTheReaderOnAGeneratedCorpus() {
        Path corpus = tmp.resolve("corpus");
        assertThat(cli.run("bench", "corpus", "--statements", "30", "--seed", "9", "--out", corpus.toString())).isZero();
        assertThat(cli.run("eval", corpus.toString())).isZero();
        Matcher m = Pattern.compile("mean F1 (\\d\\.\\d+) over 30 statements").matcher(cli.out());
        assertThat(m.find()).as(cli.out()).isTrue();
        double f1 = Double.parseDouble(m.group(1));
        System.out.println("communique eval on 30 generated statements (seed 9): mean F1 " + f1);
        assertThat(f1).isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void sparkWritesParquetAndStoresTheRounds() throws Exception {
        Path corpus = tmp.resolve("corpus");
        assertThat(cli.run("bench", "corpus", "--statements", "20", "--seed", "4", "--out", corpus.toString())).isZero();
        try (Database pg = TestDatabases.fresh()) {
            String url = pg.url();
            int code = cli.run("spark", "--in", corpus.toString(), "--out", tmp.resolve("out").toString(), "--memory", "1g",
                    "--db", url, "--db-user", TestDatabases.USER);
            assertThat(code).as(cli.out() + cli.err()).isZero();
            assertThat(cli.out()).contains("spark: 20 documents (files)").contains("stored: ");
            for (String table : new String[]{"rounds", "participants", "topics", "commitments", "references", "evidence"}) {
                assertThat(tmp.resolve("out").resolve(table).resolve("_SUCCESS")).exists();
            }
            long rounds = new RoundStore(pg).count("rounds");
            assertThat(rounds).isGreaterThanOrEqualTo(18).isLessThanOrEqualTo(20);
            assertThat(cli.out()).contains("stored: " + rounds + " new rounds, 0 already known");
            // the records of a run (here this one) load again: every round already known
            assertThat(cli.run("spark", "--load", tmp.resolve("out").toString(), "--db", url, "--db-user", TestDatabases.USER))
                    .as(cli.err()).isZero();
            assertThat(cli.out()).contains("stored: 0 new rounds, " + rounds + " already known");
        }
    }

    @Test
    void sparkRefusesAnExistingOutputInOneSentence() throws Exception {
        Files.createDirectories(tmp.resolve("out"));
        Files.createDirectories(tmp.resolve("in"));
        assertThat(cli.run("spark", "--in", tmp.resolve("in").toString(), "--out", tmp.resolve("out").toString()))
                .isEqualTo(Main.REFUSED);
        assertThat(cli.err()).contains("already exists (pass --overwrite to replace it)");
        assertThat(cli.run("spark", "--in", "x", "--out", "y", "--format", "pdf")).isEqualTo(Main.USAGE);
        assertThat(cli.run("spark", "--in", "x")).isEqualTo(Main.USAGE);
        assertThat(cli.run("spark", "--load", "x")).isEqualTo(Main.USAGE);
    }
}
