package org.communique.bench;

import org.communique.model.Records;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load on a running server, then it stops by itself and prints one line of JSON per kind of path
 * (round page, search API, ...) and one for all: requests, errors, requests a second, latency percentiles.
 * Only the JDK; meant to run as its own process beside the server, on 127.0.0.1. Two ways to load:
 * <ul>
 *   <li>{@code rate R}: R requests a second on a fixed schedule for S seconds (a slow answer does not slow the
 *       sending, so queueing shows in the latencies): what a server meets from many users;</li>
 *   <li>{@code concurrency C}: C clients, each sending its next request when the last is answered, for S seconds:
 *       the most the server answers.</li>
 * </ul>
 * Latency is from sending a request to having the whole answer. Paths are taken in turn, after a warm-up
 * that asks for each distinct path once (its figures come first, as kind "warm-up").
 *
 * Either way it sends at most MAX requests.
 *
 * <pre>java -cp bench.jar org.communique.bench.LoadGenerator http://127.0.0.1:8080 rate|concurrency N SECONDS MAX PATH...</pre>
 */
public final class LoadGenerator {
    /** The figures of one kind of path, or of all ({@code kind} "all"). */
    public record Result(String kind, int requests, int errors, double p50, double p95, double p99, double max,
                         double seconds, List<String> firstErrors) {
        public double rate() {
            return requests / seconds;
        }

        /** The figures as one line of JSON, times in milliseconds, each to a tenth. */
        public String json() {
            return Records.write(new Line(kind, requests, errors, tenths(p50), tenths(p95), tenths(p99), tenths(max),
                    tenths(seconds), tenths(rate()), firstErrors));
        }

        /** Rounded to a tenth; a value that is not finite stays so, and the writer refuses it. */
        private static double tenths(double d) {
            return Double.isFinite(d) ? Math.round(d * 10) / 10.0 : d;
        }
    }

    /** A result's JSON line, which {@code ServeCommand} reads back. */
    record Line(String kind, int requests, int errors, double p50Ms, double p95Ms, double p99Ms, double maxMs, double seconds,
                double rate, List<String> firstErrors) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 6 || !(args[1].equals("rate") || args[1].equals("concurrency"))) {
            System.err.println("usage: LoadGenerator BASE_URL rate|concurrency N SECONDS MAX PATH [PATH...]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int max = Integer.parseInt(args[4]);
        List<String> paths = Arrays.asList(args).subList(5, args.length);
        List<Result> results = new ArrayList<>();
        results.add(warmUp(args[0], paths));
        results.addAll(args[1].equals("rate") ? atRate(args[0], n, seconds, max, paths)
                : closedLoop(args[0], n, seconds, max, paths));
        for (Result r : results) System.out.println(r.json());
        System.exit(results.get(results.size() - 1).errors() == 0 ? 0 : 1);
    }

    /** The kind of a path: its part before the first digit or query, e.g. "/rounds/" or "/api/search". */
    static String kind(String path) {
        int end = path.length();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '?' || Character.isDigit(c)) {
                end = i;
                break;
            }
        }
        return path.substring(0, end);
    }

    /** One answered (or failed) request. */
    private record Done(String path, long nanos, String error) {}

    /**
     * Each distinct path once, four at a time, before the measured load: the server's first answers (its JIT,
     * PostgreSQL's caches, cached searches) are reported here, apart from the steady state measured next.
     */
    public static Result warmUp(String base, List<String> paths) throws InterruptedException {
        List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(paths));
        List<Result> r = closedLoop(base, 4, 600, distinct.size(), distinct);
        Result all = r.get(r.size() - 1);
        return new Result("warm-up", all.requests(), all.errors(), all.p50(), all.p95(), all.p99(), all.max(), all.seconds(),
                all.firstErrors());
    }

    public static List<Result> atRate(String base, int rate, int seconds, int max, List<String> paths) {
        HttpClient http = client();
        int total = (int) Math.min(max, (long) rate * seconds);
        long interval = 1_000_000_000L / rate;
        ConcurrentLinkedQueue<Done> done = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<?>> inFlight = new ArrayList<>(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long wait = start + i * interval - System.nanoTime();
            if (wait > 0) sleep(wait);
            String path = paths.get(i % paths.size());
            long sent = System.nanoTime();
            inFlight.add(http.sendAsync(request(base, path), HttpResponse.BodyHandlers.discarding()).handle((res, ex) -> {
                done.add(new Done(path, System.nanoTime() - sent, error(res, ex)));
                return null;
            }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).orTimeout(60, TimeUnit.SECONDS)
                .exceptionally(e -> null).join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        // a request never answered counts as an error of its kind
        Map<String, Integer> asked = new LinkedHashMap<>();
        for (int i = 0; i < total; i++) asked.merge(kind(paths.get(i % paths.size())), 1, Integer::sum);
        return summarise(List.copyOf(done), asked, elapsed);
    }

    public static List<Result> closedLoop(String base, int concurrency, int seconds, int max, List<String> paths)
            throws InterruptedException {
        HttpClient http = client();
        ConcurrentLinkedQueue<Done> done = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    int i = next.getAndIncrement();
                    if (i >= max) return;
                    String path = paths.get(i % paths.size());
                    long sent = System.nanoTime();
                    String error;
                    try {
                        HttpResponse<Void> res = http.send(request(base, path), HttpResponse.BodyHandlers.discarding());
                        error = error(res, null);
                    } catch (Exception e) {
                        error = e.toString();
                        if (e instanceof InterruptedException) return;
                    }
                    done.add(new Done(path, System.nanoTime() - sent, error));
                }
            }, "load-client-" + c);
            t.start();
            clients.add(t);
        }
        for (Thread t : clients) t.join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        Map<String, Integer> asked = new LinkedHashMap<>();
        for (String p : paths) asked.putIfAbsent(kind(p), 0); // kinds in the order the paths give them
        for (Done d : done) asked.merge(kind(d.path()), 1, Integer::sum);
        asked.values().removeIf(n -> n == 0);
        return summarise(List.copyOf(done), asked, elapsed);
    }

    private static List<Result> summarise(List<Done> done, Map<String, Integer> asked, double seconds) {
        List<Result> out = new ArrayList<>();
        for (String kind : asked.keySet()) {
            out.add(result(kind, done.stream().filter(d -> kind(d.path()).equals(kind)).toList(), asked.get(kind), seconds));
        }
        out.add(result("all", done, asked.values().stream().mapToInt(Integer::intValue).sum(), seconds));
        return out;
    }

    private static Result result(String kind, List<Done> done, int asked, double seconds) {
        long[] sorted = done.stream().mapToLong(Done::nanos).sorted().toArray();
        List<String> errors = done.stream().filter(d -> d.error() != null).map(d -> d.path() + ": " + d.error()).toList();
        int missing = asked - done.size();
        return new Result(kind, asked, errors.size() + missing, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, seconds, errors.stream().limit(5).toList());
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static HttpRequest request(String base, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private static String error(HttpResponse<?> res, Throwable ex) {
        if (ex != null) return ex.toString();
        return res.statusCode() >= 400 ? "HTTP " + res.statusCode() : null;
    }

    private static void sleep(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
