package org.communique.bench;

import org.communique.model.Records;
import org.communique.testsupport.Console;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The bench commands as a user runs them, on small numbers so that the build stays quick. */
class BenchCommandTest {
    @TempDir
    Path tmp;

    private final Console console = new Console();

    private int run(String... args) {
        return console.run(() -> BenchCommand.run(args));
    }

    @Test
    void corpusWritesStatementsWithTheirGold() throws Exception {
        assertThat(run("corpus", "--statements", "6", "--seed", "4", "--out", tmp.toString())).isZero();
        try (var files = Files.list(tmp)) {
            assertThat(files.filter(p -> p.toString().endsWith(".gold.json")).count()).isEqualTo(6);
        }
        assertThat(console.out()).startsWith("corpus: 6 statements");
    }

    @Test
    void corpusAlsoWritesJsonLinesAndWebArchives() throws Exception {
        assertThat(run("corpus", "--statements", "5", "--as", "jsonl", "--out", tmp.resolve("j").toString())).isZero();
        assertThat(Files.readAllLines(tmp.resolve("j/corpus.jsonl"))).hasSize(5).allSatisfy(l -> assertThat((String) Records.parseObject(l).get("name")).startsWith("g00000"));
        assertThat(run("corpus", "--statements", "5", "--as", "warc", "--out", tmp.resolve("w").toString())).isZero();
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(tmp.resolve("w/corpus.warc.gz")))) {
            String warc = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(warc.split("WARC/1.0\r\n", -1)).hasSize(1 + 1 + 2 * 5);
            assertThat(warc).contains("WARC-Type: response").contains("HTTP/1.1 200 OK");
        }
        try (var golds = Files.list(tmp.resolve("w/gold"))) {
            assertThat(golds.count()).isEqualTo(5);
        }
        assertThat(run("corpus", "--statements", "5", "--as", "pdf", "--out", tmp.toString())).isEqualTo(BenchCommand.USAGE);
    }

    @Test
    void readPrintsTheFigureLineFirst() {
        assertThat(run("read", "--statements", "30", "--runs", "1", "--warmup", "0")).isZero();
        String[] lines = console.out().split("\n");
        assertThat(lines[0]).matches("read: \\d+ statements/s, \\d+\\.\\d MB/s \\(1 thread\\)");
        assertThat(lines[1]).matches("read: \\d+ statements/s, \\d+\\.\\d MB/s \\(\\d+ threads?, .*\\)");
        // the one-pass scan of the same statements, and the reader's share of its speed
        assertThat(lines[2]).matches("scan: \\d+ statements/s, \\d+\\.\\d MB/s \\(1 thread: .*\\); the reader reads at \\d+\\.\\d % of it");
        assertThat(lines[3]).startsWith("heap: ");
        assertThat(lines[4]).startsWith("cpu: ");
    }

    @Test
    void anUnknownBaselineIsOneSentence() {
        assertThat(run("read", "--statements", "5", "--runs", "1", "--warmup", "0", "--baseline", "nosuch"))
                .isEqualTo(BenchCommand.REFUSED);
        assertThat(console.err()).startsWith("communique: no baseline named 'nosuch'").hasLineCount(1);
    }

    @Test
    void badCountsAreUsageErrors() {
        assertThat(run("corpus", "--statements", "0", "--out", tmp.toString())).isEqualTo(BenchCommand.USAGE);
        assertThat(run("read", "--statements", "x")).isEqualTo(BenchCommand.USAGE);
    }

    @Test
    void ingestStoresEveryRowAndReportsTheSize() {
        assertThat(run("ingest", "--statements", "20")).isZero();
        assertThat(console.out()).startsWith("ingest: ").contains("database: ").contains("rounds 20");
    }

    @Test
    void ingestInParallelBatchesStoresWhatOneWriterStores() {
        // the generated statements share their people: four writers at once must still make one row per name
        assertThat(run("ingest", "--statements", "40", "--batch", "5", "--threads", "4")).as(console.err()).isZero();
        assertThat(console.out()).contains("5 per transaction, 4 threads at once").contains("rounds 40");
        String parallel = rows(console.out());
        assertThat(run("ingest", "--statements", "40", "--batch", "40", "--threads", "1")).as(console.err()).isZero();
        assertThat(console.out()).contains("40 per transaction, 1 thread)");
        assertThat(parallel).isEqualTo(rows(console.out())).contains("people ");
    }

    private static String rows(String out) {
        return out.lines().filter(l -> l.startsWith("rows: ")).findFirst().orElseThrow();
    }

    @Test
    void serveLoadsTheServerFromAnotherProcessAndPrintsItsFigures() {
        Path data = tmp.resolve("store");
        assertThat(run("serve", "--rounds", "40", "--seconds", "2", "--concurrency", "2", "--data", data.toString()))
                .as(console.err()).isZero();
        String[] lines = console.out().split("\n");
        assertThat(lines[0]).matches("serve: \\d+ requests/s, 0 errors \\(2 clients, \\d s, 40 rounds stored\\)");
        assertThat(lines[1]).contains("warm-up (each path once)").contains("errors 0");
        assertThat(lines[2]).matches(" +round page /rounds/ID +\\d+ requests .* p50 +\\d+\\.\\d ms +p95 .* p99 .* errors 0");
        assertThat(lines[3]).contains("search API /api/search").contains("errors 0");
        assertThat(lines[4]).contains("all requests");
        assertThat(console.out()).contains("server: heap ").contains("store: 40 rounds").contains("40 added this run");

        // the kept store is reused: nothing to add, and a fixed rate sends exactly rate x seconds requests
        assertThat(run("serve", "--rounds", "40", "--seconds", "2", "--rate", "10", "--data", data.toString())).isZero();
        assertThat(console.out()).contains("(10 requests/s asked, ").contains("none added this run");
        assertThat(console.out().lines().filter(l -> l.contains("all requests")).findFirst().orElseThrow()).contains(" 20 requests");
    }

    @Test
    void serveRefusesBadNumbers() {
        assertThat(run("serve", "--seconds", "0")).isEqualTo(BenchCommand.USAGE);
        assertThat(console.err()).startsWith("communique: ").hasLineCount(1);
    }

    @Test
    void theLoadGeneratorGroupsPathsByKind() {
        assertThat(LoadGenerator.kind("/rounds/12")).isEqualTo("/rounds/");
        assertThat(LoadGenerator.kind("/api/search?q=energy&party=US")).isEqualTo("/api/search");
        assertThat(LoadGenerator.kind("/people/7")).isEqualTo("/people/");
        assertThat(LoadGenerator.pct(new long[]{1_000_000, 2_000_000, 3_000_000, 4_000_000}, 50)).isEqualTo(2.0);
        assertThat(LoadGenerator.pct(new long[]{1_000_000, 2_000_000, 3_000_000, 4_000_000}, 99)).isEqualTo(4.0);
    }
}
