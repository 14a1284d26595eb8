package org.communique.app;

import org.communique.model.Reading;
import org.communique.model.Records;
import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.communique.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code communique spark}: the corpus job of the {@code spark} module in local mode. Spark's jars (about 190 MB)
 * stay out of the app's lib/: the job runs in a JVM of its own on {@code spark/target/communique-spark.jar} and
 * the class path in {@code spark/target/spark.classpath}, both built by {@code mvn install}. With {@code --db} the
 * job also writes its records, and this JVM stores them through {@link RoundStore}, one transaction per statement.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Read a corpus with Apache Spark in local mode (all cores) into Parquet tables: rounds, participants,",
                "topics, commitments, references, evidence. Keeps only statements about dialogue rounds.",
                "For a cluster, see the README's spark-submit line."})
final class SparkCommand implements Callable<Integer> {
    /** What Spark needs opened on Java 17 (the spark module's pom passes the same to its tests). */
    static final List<String> JVM_OPTIONS = List.of("-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false",
            "-Dio.netty.tryReflectionSetAccessible=true");

    @Option(names = "--in", paramLabel = "PATH",
            description = "a folder of statements (.txt .html .htm .pdf), JSON Lines files, or WARC files (.warc, .warc.gz)")
    String in;

    @Option(names = "--out", paramLabel = "DIR", description = "where the Parquet tables go (must not exist)")
    String out;

    @Option(names = "--load", paramLabel = "DIR",
            description = "run no job: store DIR/records (written by a job with --records, e.g. on a cluster) into --db")
    String loadFrom;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "files",
            description = "files, jsonl or warc (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--text-field", paramLabel = "FIELD", defaultValue = "text",
            description = "the JSON Lines field with the text (default: ${DEFAULT-VALUE}); 'name' or 'url' name a document")
    String textField;

    @Option(names = "--overwrite", description = "replace DIR if it exists")
    boolean overwrite;

    @Option(names = "--memory", paramLabel = "SIZE", defaultValue = "2g",
            description = "heap of the Spark JVM, as java's -Xmx takes it (default: ${DEFAULT-VALUE})")
    String memory;

    @Option(names = "--db", paramLabel = "URL", description = "also store the rounds in this PostgreSQL, jdbc:postgresql://host/db")
    String db;

    @Mixin
    DbLogin login;

    @Override
    public Integer call() throws Exception {
        if (loadFrom == null && (in == null || out == null)) {
            System.err.println("communique: give --in and --out (or --load DIR with --db)");
            return Main.USAGE;
        }
        if (loadFrom != null && (db == null || in != null)) {
            System.err.println("communique: --load stores the records of an earlier run: it takes --db, and no --in");
            return Main.USAGE;
        }
        if (!List.of("files", "jsonl", "warc").contains(format)) {
            System.err.println("communique: --format must be files, jsonl or warc (got " + format + ")");
            return Main.USAGE;
        }
        if (!memory.matches("\\d+[kKmMgG]?")) {
            System.err.println("communique: --memory takes a size such as 2g or 512m (got " + memory + ")");
            return Main.USAGE;
        }
        Path home = sparkHome();
        Path jar = home.resolve("communique-spark.jar");
        Path classpath = home.resolve("spark.classpath");
        if (loadFrom == null && (!Files.isRegularFile(jar) || !Files.isRegularFile(classpath))) {
            System.err.println("communique: the Spark job is not built (" + jar + " and spark.classpath are missing): run mvn -B install");
            return Main.REFUSED;
        }
        Database database = null;
        if (db != null) {
            // connect first: a wrong URL is found before the corpus is read
            try {
                database = login.connect(db);
            } catch (StoreException e) {
                System.err.println("communique: " + e.getMessage());
                return Main.REFUSED;
            }
        }
        try {
            if (loadFrom != null) {
                Path records = Path.of(loadFrom).resolve("records");
                if (!Files.isDirectory(records)) {
                    System.err.println("communique: " + records + " does not exist (run the job with --records)");
                    return Main.REFUSED;
                }
                return load(database, records);
            }
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.add("-Xmx" + memory);
            cmd.addAll(JVM_OPTIONS);
            cmd.add("-cp");
            cmd.add(jar + java.io.File.pathSeparator + Files.readString(classpath).trim());
            cmd.add("org.communique.spark.CorpusJob");
            cmd.addAll(List.of("--in", in, "--out", out, "--format", format, "--text-field", textField));
            if (overwrite) cmd.add("--overwrite");
            if (database != null) cmd.add("--records");
            int code = run(cmd);
            if (code != 0) return code == Main.USAGE ? Main.USAGE : Main.REFUSED;
            if (database != null) return load(database, Path.of(out, "records"));
            return Main.OK;
        } finally {
            if (database != null) database.close();
        }
    }

    /** The folder with the job's jar and class path: $COMMUNIQUE_SPARK_HOME, else spark/target beside app/. */
    static Path sparkHome() throws URISyntaxException {
        String env = System.getenv("COMMUNIQUE_SPARK_HOME");
        if (env != null && !env.isBlank()) return Path.of(env);
        // app/target/communique.jar or app/target/classes: three levels up is the repository
        Path code = Path.of(SparkCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return code.getParent().getParent().getParent().resolve("spark").resolve("target");
    }

    /** Runs the job, passing its output on to ours. */
    private static int run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        Thread err = copy(p.getErrorStream(), System.err);
        Thread out = copy(p.getInputStream(), System.out);
        int code = p.waitFor();
        out.join();
        err.join();
        return code;
    }

    private static Thread copy(InputStream from, PrintStream to) {
        Thread t = new Thread(() -> {
            try (from) {
                from.transferTo(new OutputStream() {
                    @Override
                    public void write(int b) {
                        to.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        to.write(b, off, len);
                        to.flush();
                    }
                });
            } catch (IOException e) {
                // the job ended; what it said is already passed on
            }
        }, "spark-output");
        t.start();
        return t;
    }

    /** Record lines stored per transaction. */
    private static final int LOAD_BATCH = 500;

    /** Stores each record line (document and record) the job wrote, in batches of one transaction each. */
    private static int load(Database database, Path records) throws IOException {
        RoundStore store = new RoundStore(database);
        long added = 0;
        long known = 0;
        long started = System.nanoTime();
        List<Path> parts;
        try (Stream<Path> s = Files.list(records)) {
            parts = s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
        List<Reading> batch = new ArrayList<>();
        for (Path part : parts) {
            try (Stream<String> lines = Files.lines(part, StandardCharsets.UTF_8)) {
                for (String line : (Iterable<String>) lines::iterator) {
                    if (line.isBlank()) continue;
                    batch.add(reading(line));
                    if (batch.size() == LOAD_BATCH) {
                        for (RoundStore.Ingested i : store.ingestAll(batch)) {
                            if (i.outcome() == RoundStore.Outcome.NEW_ROUND) added++;
                            else known++;
                        }
                        batch.clear();
                    }
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        for (RoundStore.Ingested i : store.ingestAll(batch)) {
            if (i.outcome() == RoundStore.Outcome.NEW_ROUND) added++;
            else known++;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "stored: %d new rounds, %d already known, in %.1f s (%s)%n", added, known,
                seconds, database.description());
        return Main.OK;
    }

    /** A line of the job's records output (Tables.documentJson): the document and its record. */
    static Reading reading(String line) {
        return Records.read(line, Reading.class);
    }
}
