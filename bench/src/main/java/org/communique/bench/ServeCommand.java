package org.communique.bench;

import org.communique.model.Records;
import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.communique.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serving speed: the web server over a store of N generated rounds (embedded PostgreSQL), loaded by",
                "another process on 127.0.0.1 (LoadGenerator) for S seconds: C clients each sending its next request when",
                "the last is answered, or with --rate a fixed R requests a second. Requests alternate between round pages",
                "(/rounds/ID) and the search API (/api/search?q=WORD, half with a party facet), after a warm-up that asks",
                "for each distinct path once. Prints requests a second",
                "and p50/p95/p99 latency per kind, errors, and the server's heap and RSS."})
final class ServeCommand implements Callable<Integer> {
    static final String[] WORDS = {"energy", "security", "trade", "education", "climate", "health", "investment",
            "cyber", "agriculture", "transport", "water", "space"};

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "10000", description = "generated rounds in the store (default: ${DEFAULT-VALUE})")
    int rounds;

    @Mixin
    CorpusSeed seed;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "30", description = "how long the load lasts (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--concurrency", paramLabel = "C", defaultValue = "8", description = "clients, each waiting for its answer (default: ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--rate", paramLabel = "R", defaultValue = "0", description = "a fixed R requests a second instead of C clients")
    int rate;

    @Option(names = "--requests", paramLabel = "M", defaultValue = "2000000", description = "send at most M requests (default: ${DEFAULT-VALUE})")
    int requests;

    @Option(names = "--data", paramLabel = "DIR", description = "keep the store in DIR, and reuse it next time (default: a temporary folder, deleted)")
    Path data;

    @Override
    public Integer call() throws Exception {
        if (rounds < 1 || seconds < 1 || concurrency < 1 || rate < 0 || requests < 1) {
            System.err.println("communique: --rounds, --seconds, --concurrency and --requests must be at least 1, --rate at least 0");
            return BenchCommand.USAGE;
        }
        boolean temporary = data == null;
        Path folder = temporary ? Files.createTempDirectory("communique-bench-serve") : data;
        try (Database db = Database.embedded(folder)) {
            GeneratedStore.Filled filled = GeneratedStore.fill(db, seed.value, rounds);
            List<String> paths = paths(db, seed.value);
            Run run = load(db, rate > 0 ? "rate" : "concurrency", rate > 0 ? rate : concurrency, seconds, requests, paths);
            print(run, filled, db);
            boolean clean = run.results().stream().allMatch(r -> r.errors() == 0); // the warm-up's too
            return clean ? BenchCommand.OK : BenchCommand.REFUSED;
        } finally {
            if (temporary) IngestCommand.delete(folder);
        }
    }

    /** Round pages of rounds drawn at random, and searches for words of the genre, half of them with a party. */
    static List<String> paths(Database db, long seed) {
        RoundStore store = new RoundStore(db);
        List<Long> ids = store.ids();
        List<String> parties = store.parties();
        if (ids.isEmpty()) throw new IllegalStateException("the store holds no rounds to ask for");
        Random random = new Random(seed);
        String party = parties.contains("US") ? "US" : parties.isEmpty() ? null : parties.get(0);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            paths.add("/rounds/" + ids.get(random.nextInt(ids.size())));
            String word = WORDS[random.nextInt(WORDS.length)];
            paths.add("/api/search?q=" + word + (i % 2 == 0 && party != null ? "&party=" + party : ""));
        }
        return paths;
    }

    /** The load generator's figures, per kind and for all, and the server's memory while it ran. */
    record Run(List<LoadGenerator.Result> results, long heapPeakBytes, long heapBeforeBytes, long rssKb) {
        LoadGenerator.Result all() {
            return results.get(results.size() - 1);
        }
    }

    /** Serves {@code db} on 127.0.0.1 and loads it from a child JVM running {@link LoadGenerator}. */
    static Run load(Database db, String mode, int n, int seconds, int max, List<String> paths) throws Exception {
        try (WebServer server = WebServer.start(db, WebServer.Settings.of("127.0.0.1", 0))) {
            System.gc();
            var memory = ManagementFactory.getMemoryMXBean();
            long before = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(before);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-cp", System.getProperty("java.class.path"), LoadGenerator.class.getName(),
                    "http://127.0.0.1:" + server.port(), mode, Integer.toString(n), Integer.toString(seconds), Integer.toString(max)));
            command.addAll(paths);
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            List<LoadGenerator.Result> results = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.startsWith("{")) results.add(result(line));
                }
            }
            if (!p.waitFor(seconds + 120L, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("the load generator did not stop within " + (seconds + 120) + " s");
            }
            sampler.interrupt();
            if (results.isEmpty()) throw new IllegalStateException("the load generator printed no figures (exit " + p.exitValue() + ")");
            System.gc();
            return new Run(results, peak.get(), before, rssKb());
        }
    }

    @SuppressWarnings("unchecked")
    static LoadGenerator.Result result(String json) {
        Map<String, Object> o = Records.parseObject(json);
        return new LoadGenerator.Result((String) o.get("kind"), number(o, "requests").intValue(), number(o, "errors").intValue(),
                number(o, "p50_ms").doubleValue(), number(o, "p95_ms").doubleValue(), number(o, "p99_ms").doubleValue(),
                number(o, "max_ms").doubleValue(), number(o, "seconds").doubleValue(),
                ((List<Object>) o.get("first_errors")).stream().map(String::valueOf).toList());
    }

    private static Number number(Map<String, Object> o, String key) {
        return (Number) o.get(key);
    }

    private void print(Run run, GeneratedStore.Filled filled, Database db) {
        LoadGenerator.Result all = run.all();
        String how = rate > 0 ? rate + " requests/s asked" : concurrency + " clients";
        System.out.printf(Locale.ROOT, "serve: %.0f requests/s, %d errors (%s, %.0f s, %d rounds stored)%n", all.rate(),
                all.errors(), how, all.seconds(), filled.rounds());
        for (LoadGenerator.Result r : run.results()) {
            String label = switch (r.kind()) {
                case "/rounds/" -> "round page /rounds/ID";
                case "/api/search" -> "search API /api/search";
                case "all" -> "all requests";
                case "warm-up" -> "warm-up (each path once)";
                default -> r.kind();
            };
            System.out.printf(Locale.ROOT, "  %-24s %7d requests %7.1f/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms  errors %d%n",
                    label, r.requests(), r.rate(), r.p50(), r.p95(), r.p99(), r.max(), r.errors());
            for (String e : r.firstErrors()) System.out.println("    error: " + e);
        }
        System.out.printf(Locale.ROOT, "server: heap %.0f MiB in use after GC before the load, peak %.0f MiB during it; JVM RSS %d MiB"
                        + " (PostgreSQL's own processes not counted)%n",
                run.heapBeforeBytes() / 1048576.0, run.heapPeakBytes() / 1048576.0, run.rssKb() / 1024);
        System.out.printf(Locale.ROOT, "store: %d rounds (%s, seed %d); %s%n", filled.rounds(), db.description(), seed.value,
                filled.added() == 0 ? "none added this run"
                        : String.format(Locale.ROOT, "%d added this run: read in %.1f s, stored in %.1f s (%.0f statements/s)",
                        filled.added(), filled.readSeconds(), filled.storeSeconds(), filled.added() / filled.storeSeconds()));
    }

    static long rssKb() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmRSS:")) return Long.parseLong(l.replaceAll("\\D", ""));
            }
        } catch (IOException | NumberFormatException ignored) {
            // not Linux: no figure
        }
        return -1;
    }
}
