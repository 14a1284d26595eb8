package org.communique.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.communique.bench.CorpusGenerator;
import org.communique.model.Commitment;
import org.communique.model.Participant;
import org.communique.model.Reading;
import org.communique.model.Records;
import org.communique.model.RoundRecord;
import org.communique.reader.Reader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Spark job in local mode on 20 generated statements, given as files, as JSON Lines and as a gzipped WARC:
 * its Parquet tables hold what {@code Reader.read} gives for the same bytes.
 */
class CorpusJobTest {
    @TempDir
    static Path tmp;

    static SparkSession spark;
    static List<CorpusGenerator.Statement> statements;
    /** What the reader makes of each statement, by SHA-256: the expectation. */
    static final Map<String, RoundRecord> expected = new TreeMap<>();

    @BeforeAll
    static void start() throws Exception {
        statements = new CorpusGenerator(20).statements(20);
        Path files = Files.createDirectories(tmp.resolve("files"));
        StringBuilder jsonl = new StringBuilder();
        WarcFiles warc = new WarcFiles(true);
        warc.request("https://example.org/");
        Reader reader = new Reader();
        for (CorpusGenerator.Statement s : statements) {
            Files.write(files.resolve(s.fileName()), s.bytes());
            Files.writeString(files.resolve(s.name() + ".gold.json"), s.gold()); // passed over: not a statement file
            jsonl.append(Records.write(Map.of("name", s.fileName(), "text", new String(s.bytes(), StandardCharsets.UTF_8)))).append('\n');
            String type = s.extension().equals("html") ? "text/html; charset=UTF-8" : "text/plain; charset=UTF-8";
            warc.response("https://example.org/press/" + s.fileName(), "200 OK", type, s.bytes());
            Reading r = reader.read(s.bytes(), s.fileName());
            if (Tables.aboutARound(r.record())) expected.put(r.document().sha256(), r.record());
        }
        warc.response("https://example.org/img.png", "200 OK", "image/png", new byte[]{1, 2});
        Files.writeString(files.resolve("INDEX.tsv"), "name\n");
        Files.writeString(Files.createDirectories(tmp.resolve("jsonl")).resolve("corpus.jsonl"), jsonl);
        Files.write(Files.createDirectories(tmp.resolve("warc")).resolve("crawl.warc.gz"), warc.bytes());
        spark = SparkSession.builder().master("local[2]").appName("corpus-job-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    private CorpusJob.Summary run(String format, String out) {
        return CorpusJob.run(spark, new CorpusJob.Options(tmp.resolve(format).toString(), tmp.resolve(out).toString(),
                format, "text", true, false, 2));
    }

    private Dataset<Row> table(String out, String name) {
        return spark.read().parquet(tmp.resolve(out).resolve(name).toString());
    }

    @Test
    void filesGiveTheReadersRecords() throws Exception {
        CorpusJob.Summary s = run("files", "out-files");
        assertThat(s.documents()).isEqualTo(20);
        assertThat(s.statements()).isEqualTo(expected.size()).isGreaterThanOrEqualTo(18);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(18);
        assertTablesMatch("out-files");
        try (Stream<Path> parts = Files.list(tmp.resolve("out-files/records"))) {
            long lines = parts.filter(p -> p.getFileName().toString().startsWith("part-"))
                    .mapToLong(p -> {
                        try {
                            return Files.readAllLines(p).size();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).sum();
            assertThat(lines).isEqualTo(expected.size());
        }
    }

    @Test
    void jsonLinesGiveTheSameRounds() throws Exception {
        CorpusJob.Summary s = run("jsonl", "out-jsonl");
        assertThat(s.documents()).isEqualTo(20);
        assertTablesMatch("out-jsonl");
    }

    @Test
    void warcPagesGiveTheSameRoundsWithTheirUrls() throws Exception {
        CorpusJob.Summary s = run("warc", "out-warc");
        assertThat(s.documents()).as("the 20 pages; the request and the image are not documents").isEqualTo(20);
        assertTablesMatch("out-warc");
        assertThat(table("out-warc", "rounds").select("source_url").as(org.apache.spark.sql.Encoders.STRING()).collectAsList())
                .allMatch(u -> u.startsWith("https://example.org/press/g0000"));
    }

    @Test
    void anExistingOutputIsNotOverwrittenUnlessAsked() throws Exception {
        Files.createDirectories(tmp.resolve("taken"));
        assertThatThrownBy(() -> run("files", "taken")).hasMessageContaining("already exists");
        assertThatThrownBy(() -> CorpusJob.run(spark, new CorpusJob.Options(tmp.resolve("nowhere").toString(),
                tmp.resolve("x").toString(), "files", "text", false, false, 0))).hasMessageContaining("does not exist");
    }

    @Test
    void argumentsAreCheckedBeforeSparkStarts() {
        assertThat(CorpusJob.parse(new String[]{"--in", "a", "--out", "b", "--format", "warc", "--records"}))
                .isEqualTo(new CorpusJob.Options("a", "b", "warc", "text", true, false, 0));
        assertThatThrownBy(() -> CorpusJob.parse(new String[]{"--in", "a", "--out", "b", "--format", "pdf"}))
                .hasMessageContaining("--format must be files, jsonl or warc");
        assertThatThrownBy(() -> CorpusJob.parse(new String[]{"--in", "a"})).hasMessageContaining("required");
        assertThat(CorpusJob.parse(new String[]{"--help"})).isNull();
    }

    /** Round dates, places, parties, participants' names and commitments' texts equal the reader's, statement by statement. */
    private void assertTablesMatch(String out) {
        Map<String, Row> rounds = new TreeMap<>();
        for (Row r : table(out, "rounds").collectAsList()) rounds.put(r.getAs("doc_id"), r);
        assertThat(rounds.keySet()).isEqualTo(expected.keySet());
        Map<String, List<String>> names = grouped(table(out, "participants"), "name");
        Map<String, List<String>> roles = grouped(table(out, "participants"), "role");
        Map<String, List<String>> commitments = grouped(table(out, "commitments"), "text");
        Map<String, List<String>> topics = grouped(table(out, "topics"), "code");
        long evidence = table(out, "evidence").count();
        long expectedEvidence = 0;
        for (var e : expected.entrySet()) {
            RoundRecord want = e.getValue();
            Row got = rounds.get(e.getKey());
            assertThat((String) got.getAs("date")).as("date").isEqualTo(want.round().date());
            assertThat((String) got.getAs("place")).as("place").isEqualTo(want.round().place());
            assertThat((String) got.getAs("host")).as("host").isEqualTo(want.round().host());
            assertThat((Integer) got.getAs("ordinal")).as("ordinal").isEqualTo(want.round().ordinal());
            assertThat((String) got.getAs("dialogue")).as("dialogue").isEqualTo(want.dialogue().name());
            assertThat(got.<String>getList(got.fieldIndex("parties"))).as("parties").isEqualTo(want.dialogue().parties());
            assertThat(names.getOrDefault(e.getKey(), List.of())).as("participants")
                    .isEqualTo(want.participants().stream().map(Participant::name).toList());
            assertThat(roles.getOrDefault(e.getKey(), List.of())).as("roles")
                    .isEqualTo(want.participants().stream().map(p -> p.role().code()).toList());
            assertThat(commitments.getOrDefault(e.getKey(), List.of())).as("commitments")
                    .isEqualTo(want.commitments().stream().map(Commitment::text).toList());
            assertThat(topics.getOrDefault(e.getKey(), List.of())).as("topics")
                    .isEqualTo(want.topics().stream().map(t -> t.code()).toList());
            expectedEvidence += want.participants().stream().mapToLong(p -> p.evidence().size()).sum()
                    + want.topics().stream().mapToLong(t -> t.evidence().size()).sum()
                    + want.commitments().stream().filter(c -> c.evidence() != null).count()
                    + want.references().stream().mapToLong(r -> r.evidence().size()).sum()
                    + want.acts().stream().filter(a -> a.evidence() != null).count();
        }
        assertThat(evidence).isEqualTo(expectedEvidence);
    }

    /** A nested table's column, per statement, in the record's order. */
    private static Map<String, List<String>> grouped(Dataset<Row> table, String column) {
        List<Row> rows = new ArrayList<>(table.collectAsList());
        rows.sort((a, b) -> Integer.compare(a.getAs("position"), b.getAs("position")));
        return rows.stream().collect(Collectors.groupingBy(r -> r.getAs("doc_id"), TreeMap::new,
                Collectors.mapping(r -> r.getAs(column), Collectors.toList())));
    }
}
