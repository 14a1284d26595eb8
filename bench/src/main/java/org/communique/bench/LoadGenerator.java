package org.communique.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load on a running server: a fixed number of requests a second for a fixed time, spread in turn
 * over the paths given, then it stops by itself and prints one line of JSON (requests, errors, latency
 * percentiles). Only the JDK; meant to run as its own process beside the server, on 127.0.0.1.
 *
 * <pre>java -cp bench.jar org.communique.bench.LoadGenerator http://127.0.0.1:8080 RATE SECONDS PATH [PATH...]</pre>
 */
public final class LoadGenerator {
    public record Result(int requests, int errors, double p50, double p95, double p99, double max, double seconds,
                         List<String> firstErrors) {
        public String json() {
            return String.format(Locale.ROOT, "{\"requests\":%d,\"errors\":%d,\"p50_ms\":%.1f,\"p95_ms\":%.1f,\"p99_ms\":%.1f,"
                            + "\"max_ms\":%.1f,\"seconds\":%.1f,\"rate\":%.1f,\"first_errors\":%s}", requests, errors, p50, p95, p99, max,
                    seconds, requests / seconds, firstErrors.stream().map(e -> "\"" + e.replace("\\", "\\\\").replace("\"", "'") + "\"")
                            .toList());
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: LoadGenerator BASE_URL RATE SECONDS PATH [PATH...]");
            System.exit(2);
        }
        Result r = run(args[0], Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                Arrays.asList(args).subList(3, args.length));
        System.out.println(r.json());
        System.exit(r.errors() == 0 ? 0 : 1);
    }

    public static Result run(String base, int rate, int seconds, List<String> paths) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        int total = rate * seconds;
        long interval = 1_000_000_000L / rate;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger errorCount = new AtomicInteger();
        List<CompletableFuture<?>> inFlight = new ArrayList<>(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval; // a fixed schedule: a slow answer does not slow the sending
            long wait = due - System.nanoTime();
            if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
            String path = paths.get(i % paths.size());
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build();
            long sent = System.nanoTime();
            inFlight.add(http.sendAsync(req, HttpResponse.BodyHandlers.discarding()).handle((res, ex) -> {
                latencies.add(System.nanoTime() - sent);
                if (ex != null || res.statusCode() >= 400) {
                    errorCount.incrementAndGet();
                    if (errors.size() < 5) errors.add(path + ": " + (ex != null ? ex.toString() : "HTTP " + res.statusCode()));
                }
                return null;
            }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).orTimeout(60, TimeUnit.SECONDS)
                .exceptionally(e -> null).join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        int missing = total - sorted.length;
        return new Result(total, errorCount.get() + missing, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, elapsed, List.copyOf(errors));
    }

    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
