package org.communique.web;

import java.util.Map;
import org.communique.model.Records;
import org.communique.store.Database;
import org.communique.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests that lie: paths that climb out, uploads too large, bodies that are not what they claim. */
class HostileRequestTest {
    static Database db;
    static TestData t;
    static WebServer server;
    static String editorToken;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        db = TestDatabases.fresh();
        t = TestData.load(db);
        server = TestData.serve(db);
        editorToken = new Accounts(db).newToken("admin", "hostile requests");
    }

    @AfterAll
    static void stop() {
        server.close();
        db.close();
    }

    static HttpResponse<String> post(String path, String type, byte[] body) throws Exception {
        // a client of its own each time: the server closes a connection whose oversized body it did not read
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + editorToken).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The raw request line as sent, without the client normalising the path. */
    static String rawGet(String target) throws Exception {
        return raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    }

    /** A request sent byte for byte as given; the whole answer, head and body. */
    static String raw(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** As {@link #raw}, reading the answer for at most {@code millis}: what came by then. */
    static String rawWithin(int millis, String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(millis);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = s.getInputStream().read(buf)) > 0; ) {
                    got.write(buf, 0, n);
                }
            } catch (java.net.SocketTimeoutException e) {
                // what came is the answer
            }
            return got.toString(StandardCharsets.ISO_8859_1);
        }
    }

    static byte[] multipart(String boundary, String fileName, byte[] content) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes(content);
        b.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    /** How many rows the table holds now. */
    static long count(String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
    }

    static void assertProblem(HttpResponse<String> r, int... statuses) {
        assertThat(r.statusCode()).as(r.body()).isIn(Arrays.stream(statuses).boxed().toArray());
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as(r.body()).startsWith("application/problem+json");
        assertThat(Records.parseObject(r.body())).containsEntry("status", (long) r.statusCode())
                .extractingByKey("detail").isInstanceOf(String.class);
    }

    /** The problem+json body of a raw HTTP answer (sent whole, with its length, before the connection closes). */
    private static Map<String, Object> problemIn(String answer) {
        return Records.parseObject(answer.substring(answer.indexOf("\r\n\r\n") + 4));
    }

    // ------------------------------------------------------------ path traversal

    @Test
    void anUploadNamedWithAPathIsStoredUnderItsNameAlone() throws Exception {
        byte[] statement = Files.readAllBytes(TestData.root().resolve("statements/series-b-1-2022.txt"));
        for (String name : List.of("../../../../tmp/communique-traversal.txt", "..\\..\\windows\\system.ini", "/etc/cron.d/x.txt")) {
            HttpResponse<String> r = post("/api/import?store=false", "multipart/form-data; boundary=b0undary",
                    multipart("b0undary", name, statement));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            String file = (String) ((Map<?, ?>) ((List<?>) Records.parseObject(r.body()).get("statements")).get(0)).get("file");
            assertThat(file).doesNotContain("/").doesNotContain("\\\\");
        }
        HttpResponse<String> stored = post("/api/import?store=true", "multipart/form-data; boundary=b0undary",
                multipart("b0undary", "../../../../tmp/communique-traversal.txt", statement));
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        List<String> names = db.jdbi().withHandle(h -> h.createQuery("SELECT file_name FROM documents WHERE file_name LIKE '%traversal%'")
                .mapTo(String.class).list());
        assertThat(names).allSatisfy(n -> assertThat(n).doesNotContain("/"));
        assertThat(Path.of("/tmp/communique-traversal.txt")).doesNotExist();
    }

    @Test
    void pathsThatClimbOutOfTheSiteFindNothing() throws Exception {
        for (String target : List.of("/assets/../../../../../../etc/passwd", "/assets/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/assets/..%2f..%2f..%2f..%2fetc%2fpasswd", "/assets/%252e%252e/%252e%252e/etc/passwd",
                "/api/rounds/..%2f..%2f..%2fetc%2fpasswd/akn.xml", "/api/rounds/1/akn.xml/../../../../../etc/passwd",
                "/assets/style.css/../../../../pom.xml", "/assets/..;/..;/etc/passwd")) {
            String answer = rawGet(target);
            String status = answer.substring(0, answer.indexOf("\r\n"));
            assertThat(status).as(target).matches("HTTP/1.1 (400|404).*");
            assertThat(answer).as(target).doesNotContain("root:x:").doesNotContain("<modelVersion>");
        }
    }

    // ------------------------------------------------------------ size

    @Test
    void anOversizedUploadIsRefusedWith413() throws Exception {
        // refused by its stated length before a byte of it is read: sent as a head alone, so that the server's close
        // cannot cut off its answer while a client is still writing the body
        for (String type : List.of("text/plain", "multipart/form-data; boundary=b0undary")) {
            String answer = rawWithin(20_000, "POST /api/import HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAuthorization: Bearer "
                    + editorToken + "\r\nContent-Type: " + type + "\r\nContent-Length: " + 61 * 1024 * 1024 + "\r\n\r\n");
            assertThat(answer).as(type).startsWith("HTTP/1.1 413").contains("application/problem+json");
            assertThat(problemIn(answer)).as(type).containsEntry("status", 413L).extractingByKey("detail").isInstanceOf(String.class);
        }
        // and the server goes on answering
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/rounds")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    // ------------------------------------------------------------ bodies that lie

    @Test
    void aCorrectionThatIsNotJsonIsRefusedAsAProblem() throws Exception {
        long round = t.rounds.get("series-a-1-2021.txt");
        String path = "/api/rounds/" + round + "/corrections";
        assertProblem(post(path, "application/x-www-form-urlencoded", "fact=participant&key=x&field=title&value=y"
                .getBytes(StandardCharsets.UTF_8)), 415);
        assertProblem(post(path, "application/json", "{{{ not json".getBytes(StandardCharsets.UTF_8)), 400);
        assertProblem(post(path, "application/json", "[1,2,3]".getBytes(StandardCharsets.UTF_8)), 400);
        assertProblem(post(path, "application/json", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0x7b}), 400);
        assertProblem(post(path, "application/json", "{\"fact\":{\"nested\":true}}".getBytes(StandardCharsets.UTF_8)), 400);
        assertProblem(post(path, "text/plain", "{}".getBytes(StandardCharsets.UTF_8)), 415);
        assertProblem(post("/api/import", "application/json", "{\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8)), 415);
        assertProblem(post("/api/import", "multipart/form-data; boundary=nothere", "garbage".getBytes(StandardCharsets.UTF_8)), 400);
        assertProblem(post("/api/import", "text/html", new byte[0]), 400);
        assertThat(count("corrections")).isZero();
    }

    // ------------------------------------------------------------ SQL injection

    @Test
    void searchFiltersAndSortsTakeSqlAsWords() throws Exception {
        long before = count("rounds");
        for (String payload : List.of("'; DROP TABLE rounds; --", "x' OR '1'='1", "1) UNION SELECT password_hash FROM users --",
                "\\'; SELECT pg_sleep(5); --", "%' AND 1=1 --", "energy:* | !x & (y")) {
            String q = java.net.URLEncoder.encode(payload, StandardCharsets.UTF_8);
            for (String path : List.of("/api/search?q=" + q, "/api/search?q=energy&party=" + q, "/api/search?q=energy&year=" + q,
                    "/api/search?q=energy&track=" + q + "&topic=" + q + "&status=" + q, "/api/rounds?dialogue=" + q + "&sort=" + q,
                    "/api/commitments?status=" + q + "&sort=" + q, "/search?q=" + q + "&sort=" + q, "/api/rounds?format=" + q)) {
                long started = System.nanoTime();
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(path + " " + r.body()).isIn(200, 400);
                assertThat(r.body()).as(path).doesNotContain("argon2").doesNotContain("PSQLException").doesNotContain("syntax error");
                assertThat((System.nanoTime() - started) / 1_000_000).as(path).isLessThan(4_000);
            }
        }
        assertThat(count("rounds")).isEqualTo(before);
    }

    // ------------------------------------------------------------ issue 14: holes found by probing from outside

    @Test
    void aNulByteInAParameterIsRefusedInOneSentence() throws Exception {
        for (String path : List.of("/api/search?q=a%00b", "/api/search?q=trade&party=U%00S", "/search?q=%00")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(r.body()).as(path).contains("NUL character").doesNotContain("Exception");
        }
        assertProblem(post("/api/import", "application/json", "{\"text\": \"a\\u0000b\"}".getBytes(StandardCharsets.UTF_8)), 400);
    }

    @Test
    void aRefusedWriteLeavesTheSearchAnswersAlone() throws Exception {
        long before = server.searchCacheGeneration();
        // anonymous, no CSRF token: refused, so nothing was written and nothing is forgotten
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/x"))
                    .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(403);
        }
        assertThat(server.searchCacheGeneration()).isEqualTo(before);
        // a write that is let through does empty it
        post("/api/import?store=false", "text/plain", "Not a statement at all.".getBytes(StandardCharsets.UTF_8));
        assertThat(server.searchCacheGeneration()).isGreaterThan(before);
    }

    @Test
    void junkIsRefusedAndNeverBecomesARound() throws Exception {
        long before = count("rounds");
        HttpResponse<String> r = post("/api/import?store=true", "text/plain",
                "x\n".repeat(100_000).getBytes(StandardCharsets.UTF_8));
        assertProblem(r, 422);
        assertThat(r.body()).contains("no dialogue round found in this text");
        assertThat(count("rounds")).isEqualTo(before);
    }

    @Test
    void pagesSayTheirCharsetAndOnlyLoopbackIsPrivate() throws Exception {
        for (String path : List.of("/", "/sign-in", "/search?q=trade")) {
            HttpResponse<String> r = get(path);
            assertThat(r.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", "")).as(path).isEqualTo("text/html;charset=utf-8");
        }
        assertThat(WebServer.isLoopback("127.0.0.1")).isTrue();
        assertThat(WebServer.isLoopback("::1")).isTrue();
        assertThat(WebServer.isLoopback("0.0.0.0")).isFalse();
    }

    @Test
    void jettysOwnRefusalsCarryTheSiteHeadersAndAreProblemsUnderApi() throws Exception {
        String longPath = "/api/rounds?q=" + "a".repeat(20_000);
        String bigHeader = "X-Big: " + "b".repeat(20_000) + "\r\n";
        record Probe(String request, int status, boolean api) {}
        for (Probe p : List.of(
                new Probe("NOT A REQUEST LINE\r\n\r\n", 400, false),
                new Probe("GET / HTTP/7\r\n\r\n", 505, false),
                new Probe("GET " + longPath + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 414, false),
                new Probe("GET /api/rounds HTTP/1.1\r\nHost: x\r\n" + bigHeader + "Connection: close\r\n\r\n", 431, true),
                new Probe("GET /people HTTP/1.1\r\nHost: x\r\n" + bigHeader + "Connection: close\r\n\r\n", 431, false),
                new Probe("POST /api/import HTTP/1.1\r\nHost: x\r\nContent-Length: many\r\nConnection: close\r\n\r\n", 400, true))) {
            String answer = raw(p.request());
            String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase(java.util.Locale.ROOT);
            String what = p.request().substring(0, Math.min(40, p.request().length()));
            assertThat(answer).as(what).startsWith("HTTP/1.1 " + p.status() + " ");
            assertThat(head).as(what).contains("x-content-type-options: nosniff", "content-security-policy: " + WebServer.CSP.toLowerCase(),
                    "x-frame-options: deny", "referrer-policy: same-origin");
            if (p.api()) {
                assertThat(head).as(what).contains("content-type: application/problem+json");
                assertThat(problemIn(answer)).as(what).containsEntry("status", (long) p.status())
                        .extractingByKey("detail").isInstanceOf(String.class);
            } else {
                assertThat(head).as(what).contains("content-type: text/html; charset=utf-8");
                assertThat(answer).as(what).contains("<title>" + p.status() + " " + Problem.title(p.status()) + "</title>");
            }
            assertThat(answer).as(what).doesNotContain("Exception").doesNotContain("org.eclipse");
        }
    }

    @Test
    void anUploadOverTheRequestLimitIsToldTheLimit() throws Exception {
        // four files under the 20 MB limit for one, 76 MB together: over the 60 MB limit for a request
        byte[] part = new byte[19 * 1024 * 1024];
        Arrays.fill(part, (byte) 'a');
        ByteArrayOutputStream files = new ByteArrayOutputStream();
        for (int i = 0; i < 4; i++) {
            files.writeBytes(("--b0undary\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big" + i
                    + ".txt\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            files.writeBytes(part);
            files.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        files.writeBytes("--b0undary--\r\n".getBytes(StandardCharsets.UTF_8));
        // sent as a head alone: refused by its stated length, before a byte of the body is read
        String api = rawWithin(20_000, "POST /api/import HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + "Authorization: Bearer " + editorToken + "\r\nContent-Type: multipart/form-data; boundary=b0undary\r\n"
                + "Content-Length: " + files.size() + "\r\n\r\n");
        assertThat(api).startsWith("HTTP/1.1 413").contains("application/problem+json")
                .contains("limit of 20 MB for one statement and 60 MB for a request").doesNotContain("bad multipart");

        Client editor = new Client(server.port());
        editor.signIn("admin", TestData.PASSWORD);
        StringBuilder cookies = new StringBuilder();
        editor.cookies.forEach((k, v) -> cookies.append(cookies.length() == 0 ? "" : "; ").append(k).append('=').append(v));
        String page = rawWithin(20_000, "POST /import/preview HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + "Cookie: " + cookies + "\r\nContent-Type: multipart/form-data; boundary=b0undary\r\n"
                + "Content-Length: " + files.size() + "\r\n\r\n");
        assertThat(page).startsWith("HTTP/1.1 413").contains("limit of 20 MB for one statement and 60 MB for a request");
    }
}
