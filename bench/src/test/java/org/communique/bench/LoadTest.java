package org.communique.bench;

import org.communique.model.Commitment;
import org.communique.model.Dialogue;
import org.communique.model.Document;
import org.communique.model.Evidence;
import org.communique.model.NextRound;
import org.communique.model.Participant;
import org.communique.model.Reading;
import org.communique.model.Round;
import org.communique.model.RoundRecord;
import org.communique.model.Source;
import org.communique.model.TopicFound;
import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.communique.web.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server under a bounded load from another process (LoadGenerator) on 127.0.0.1: round pages, person pages,
 * the search API and the round API over a store of generated rounds, with zero errors. CI: 300 rounds, 20
 * requests a second for 5 seconds; with -Dcommunique.long=true: 100,000 rounds, 200 a second for 60 seconds.
 */
class LoadTest {
    static final boolean LONG = Boolean.getBoolean("communique.long");
    static final String[][] PAIRS = {{"KZ", "US"}, {"JP", "AU"}, {"IN", "AE"}, {"TM", "US"}, {"CA", "JP"}, {"PH", "AU"},
            {"CO", "US"}, {"DE", "FR"}, {"BR", "ZA"}, {"UZ", "KR"}};
    static final String[] TOPICS = {"energy", "security", "trade", "education", "climate", "health"};

    @TempDir
    Path data;

    /** A generated round: its dialogue from a party pair, people, a topic and a commitment, each with its evidence. */
    static Reading round(int i) {
        String[] pair = PAIRS[i % PAIRS.length];
        int year = 2000 + (i / PAIRS.length) % 25;
        String topic = TOPICS[i % TOPICS.length];
        String head = "Minister " + (char) ('A' + i % 26) + "ndre" + (i % 997);
        String text = "The " + (i / PAIRS.length + 1) + "th round of the " + pair[0] + "-" + pair[1] + " Strategic Dialogue was held"
                + " in the capital on " + year + "-05-" + (10 + i % 18) + ". " + head + " led the delegation of " + pair[0]
                + ". The sides discussed " + topic + " cooperation and intend to expand " + topic + " links by " + (year + 2)
                + ". Statement number " + i + ".";
        Evidence e = Evidence.of(text, 0, Math.min(text.length(), 80));
        RoundRecord r = new RoundRecord(new Source(String.format("%064x", i), "text/plain", "Ministry", null, null, 0, text.length()),
                new Dialogue(pair[0] + "-" + pair[1] + " Strategic Dialogue", null, List.of(pair)),
                new Round(i / PAIRS.length + 1, year + "-05-" + (10 + i % 18), "Capital", pair[0]),
                List.of(new Participant(head, "Minister of Foreign Affairs", pair[0], Participant.Role.HEAD, List.of(e))),
                List.of(new TopicFound("economy.energy", "Energy", "economic", List.of(e))),
                List.of(), List.of(new Commitment(List.of(pair), "expand " + topic + " links", "intend to", "firm",
                        Integer.toString(year + 2), null, e)),
                new NextRound("Capital", Integer.toString(year + 1)), List.of(), List.of());
        return new Reading(new Document(String.format("%064x", i), "text/plain", "generated-" + i + ".txt", null, text), r);
    }

    @Test
    void theServerAnswersABoundedLoadWithoutErrors() throws Exception {
        int rounds = Integer.getInteger("communique.load.rounds", LONG ? 100_000 : 300);
        int rate = Integer.getInteger("communique.load.rate", LONG ? 200 : 20);
        int seconds = Integer.getInteger("communique.load.seconds", LONG ? 60 : 5);
        try (Database db = Database.embedded(data)) {
            RoundStore store = new RoundStore(db);
            long t0 = System.nanoTime();
            for (int i = 0; i < rounds; i++) store.ingest(round(i));
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            long maxRound = db.jdbi().withHandle(h -> h.createQuery("SELECT max(id) FROM rounds").mapTo(Long.class).one());
            long maxPerson = db.jdbi().withHandle(h -> h.createQuery("SELECT max(id) FROM people").mapTo(Long.class).one());
            WebServer server = WebServer.start(db, WebServer.Settings.of("127.0.0.1", 0));
            try {
                List<String> paths = new ArrayList<>();
                java.util.Random random = new java.util.Random(8);
                for (int i = 0; i < 50; i++) {
                    long round = 1 + random.nextInt((int) maxRound);
                    paths.add("/rounds/" + round);
                    paths.add("/people/" + (1 + random.nextInt((int) maxPerson)));
                    paths.add("/api/search?q=" + TOPICS[i % TOPICS.length] + (i % 2 == 0 ? "&party=" + PAIRS[i % PAIRS.length][0] : ""));
                    paths.add("/api/rounds/" + (1 + random.nextInt((int) maxRound)));
                }
                var memory = ManagementFactory.getMemoryMXBean();
                AtomicLong peakHeap = new AtomicLong();
                Thread sampler = new Thread(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                        try {
                            Thread.sleep(50);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                sampler.setDaemon(true);
                sampler.start();
                List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), LoadGenerator.class.getName(),
                        "http://127.0.0.1:" + server.port(), Integer.toString(rate), Integer.toString(seconds)));
                command.addAll(paths);
                Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
                String result;
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    result = r.lines().reduce("", (a, b) -> b);
                }
                assertThat(p.waitFor(seconds + 120L, TimeUnit.SECONDS)).isTrue();
                sampler.interrupt();
                long rss = rssOfThisProcess();
                String line = "LoadTest: " + rounds + " rounds (stored in " + String.format(java.util.Locale.ROOT, "%.1f", loadSeconds)
                        + " s), " + rate + " req/s for " + seconds + " s: " + result + "; server heap peak "
                        + peakHeap.get() / (1024 * 1024) + " MiB, server JVM RSS " + rss / 1024 + " MiB";
                System.out.println(line);
                java.nio.file.Files.writeString(Path.of("target", "load-result.txt"), line + "\n");
                assertThat(result).as(result).contains("\"errors\":0,");
                assertThat(p.exitValue()).isZero();
            } finally {
                server.close();
            }
        }
    }

    private static long rssOfThisProcess() {
        try {
            for (String l : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmRSS:")) return Long.parseLong(l.replaceAll("\\D", ""));
            }
        } catch (Exception ignored) {
            // not Linux
        }
        return -1;
    }
}
