package org.communique.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.communique.model.Document;
import org.communique.model.Reading;
import org.communique.model.Records;
import org.communique.reader.Reader;
import org.communique.reader.UnreadableException;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reader over a corpus on Spark: a folder of statement files, JSON Lines with a text field, or WARC files in;
 * the statements about dialogue rounds kept; Parquet tables {@code rounds}, {@code participants}, {@code topics},
 * {@code commitments}, {@code references} and {@code evidence} out (and, with {@code --records}, the documents and
 * records as JSON Lines, which {@code communique spark --db} loads into PostgreSQL).
 *
 * <pre>
 * spark-submit --class org.communique.spark.CorpusJob communique-spark.jar --in s3a://bucket/warc/ --format warc --out s3a://bucket/rounds/
 * </pre>
 *
 * Without a master (no spark-submit, no {@code spark.master}) it runs in {@code local[*]}. One {@link Reader} per
 * partition reads the statements one after another.
 */
public final class CorpusJob {
    /** The job's arguments. {@code format}: files, jsonl or warc. */
    public record Options(String in, String out, String format, String textField, boolean records, boolean overwrite,
                          int partitions) implements Serializable {
        public Options {
            if (in == null || out == null) throw new IllegalArgumentException("--in and --out are required");
            if (!List.of("files", "jsonl", "warc").contains(format)) {
                throw new IllegalArgumentException("--format must be files, jsonl or warc (got " + format + ")");
            }
        }
    }

    /** What a run did: documents in, statements about rounds kept, documents the reader refused, and its time. */
    public record Summary(long documents, long statements, long refused, double seconds) {
        public double documentsPerSecond() {
            return documents / seconds;
        }
    }

    /** A document as it comes out of the corpus, before reading. */
    record Input(String name, String url, byte[] bytes) implements Serializable {}

    private CorpusJob() {}

    public static void main(String[] args) {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("communique spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (o == null) {
            System.out.println(USAGE);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("communique-corpus")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.parquet.compression.codec", "zstd");
        if (System.getProperty("spark.master") == null) builder.master("local[*]");
        int code = 0;
        SparkSession spark = builder.getOrCreate();
        try {
            spark.sparkContext().setLogLevel("ERROR");
            Summary s = run(spark, o);
            System.out.printf(Locale.ROOT, "spark: %d documents (%s) read in %.1f s on %s with %d cores: %.0f documents/s%n",
                    s.documents(), o.format(), s.seconds(), spark.sparkContext().master(),
                    spark.sparkContext().defaultParallelism(), s.documentsPerSecond());
            System.out.printf(Locale.ROOT, "spark: %d statements about rounds kept, %d refused, %d other documents; tables %s in %s%n",
                    s.statements(), s.refused(), s.documents() - s.statements() - s.refused(),
                    String.join(", ", Tables.NAMES), o.out());
        } catch (RuntimeException e) {
            System.err.println("communique spark: " + firstLine(e));
            if (System.getenv("COMMUNIQUE_DEBUG") != null) e.printStackTrace();
            code = 1;
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    static final String USAGE = """
            Usage: CorpusJob --in PATH --out DIR [--format files|jsonl|warc] [--text-field text] [--records] [--overwrite]
                             [--partitions N]
              --in PATH        a folder of .txt/.html/.htm/.pdf statements, JSON Lines files, or .warc/.warc.gz files
              --out DIR        where the Parquet tables go (rounds, participants, topics, commitments, references, evidence)
              --format F       files (default), jsonl or warc
              --text-field F   the JSON Lines field holding the text (default: text); 'name' or 'url' name the document
              --records        also write DIR/records: each kept document and its record as one JSON line
              --overwrite      replace DIR if it exists
              --partitions N   how many pieces to split the input into (default: two per core)""";

    static Options parse(String[] args) {
        String in = null;
        String out = null;
        String format = "files";
        String field = "text";
        boolean records = false;
        boolean overwrite = false;
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--records" -> records = true;
                case "--overwrite" -> overwrite = true;
                case "--in", "--out", "--format", "--text-field", "--partitions" -> {
                    if (i + 1 >= args.length) throw new IllegalArgumentException(a + " needs a value");
                    String v = args[++i];
                    switch (a) {
                        case "--in" -> in = v;
                        case "--out" -> out = v;
                        case "--format" -> format = v;
                        case "--text-field" -> field = v;
                        default -> {
                            try {
                                partitions = Integer.parseInt(v);
                            } catch (NumberFormatException e) {
                                throw new IllegalArgumentException("--partitions takes a number (got " + v + ")");
                            }
                        }
                    }
                }
                default -> throw new IllegalArgumentException("unknown argument " + a + " (see --help)");
            }
        }
        return new Options(in, out, format, field, records, overwrite, partitions);
    }

    /** Runs the job on a session; the output folder is removed again if the job fails. */
    public static Summary run(SparkSession spark, Options o) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = jsc.hadoopConfiguration();
        hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        Path in = new Path(o.in());
        Path out = new Path(o.out());
        try {
            FileSystem inFs = in.getFileSystem(hadoop);
            if (!inFs.exists(in)) throw new IllegalArgumentException(o.in() + " does not exist");
            FileSystem outFs = out.getFileSystem(hadoop);
            if (outFs.exists(out)) {
                if (!o.overwrite()) throw new IllegalArgumentException(o.out() + " already exists (pass --overwrite to replace it)");
                outFs.delete(out, true);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot look at " + o.in() + " or " + o.out() + ": " + e.getMessage(), e);
        }

        long started = System.nanoTime();
        int partitions = o.partitions() > 0 ? o.partitions() : Math.max(2, jsc.defaultParallelism() * 2);
        JavaRDD<Input> inputs = inputs(jsc, o, partitions);
        LongAccumulator documents = jsc.sc().longAccumulator("documents");
        LongAccumulator refused = jsc.sc().longAccumulator("refused");
        JavaRDD<Row> rows = inputs.mapPartitions(readEach(documents, refused));
        Dataset<Row> statements = spark.createDataFrame(rows, Tables.STATEMENT).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long kept = statements.count();
            write(statements.select(Tables.ROUND_COLUMNS.stream().map(c -> "`" + c + "`").map(statements::col)
                    .toArray(org.apache.spark.sql.Column[]::new)), o, "rounds");
            for (String nested : List.of("participants", "topics", "commitments", "references", "evidence")) {
                write(statements.selectExpr("doc_id", "inline(`" + nested + "`)"), o, nested);
            }
            if (o.records()) {
                statements.select("document").as(Encoders.STRING()).write().mode(SaveMode.ErrorIfExists)
                        .text(o.out() + "/records");
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Summary(documents.value(), kept, refused.value(), seconds);
        } catch (RuntimeException e) {
            try {
                out.getFileSystem(hadoop).delete(out, true); // nothing half-written stays behind
            } catch (IOException ignored) {
                // the failure that matters is e
            }
            throw e;
        } finally {
            statements.unpersist();
        }
    }

    private static void write(Dataset<Row> table, Options o, String name) {
        table.write().mode(SaveMode.ErrorIfExists).parquet(o.out() + "/" + name);
    }

    /** The corpus as documents: files one by one, JSON lines, or the pages of WARC files. */
    static JavaRDD<Input> inputs(JavaSparkContext jsc, Options o, int partitions) {
        if (isLocal(o.in()) && !o.format().equals("jsonl")) {
            // a local folder is listed here rather than by Hadoop, which starts a process per file to read its
            // permissions when its native library is missing (minutes for tens of thousands of files)
            List<String> files = localFiles(o.in(), o.format().equals("files") ? CorpusJob::isStatementFile : CorpusJob::isWarcFile);
            JavaRDD<String> paths = jsc.parallelize(files, Math.max(1, Math.min(partitions, files.size())));
            if (o.format().equals("files")) {
                return paths.map(p -> new Input(fileName(p), null, java.nio.file.Files.readAllBytes(java.nio.file.Path.of(p))));
            }
            return paths.flatMap(p -> warcPages(java.nio.file.Files.newInputStream(java.nio.file.Path.of(p)), p));
        }
        return switch (o.format()) {
            case "files" -> jsc.binaryFiles(o.in(), partitions)
                    .filter(f -> isStatementFile(f._1()))
                    .map(f -> new Input(fileName(f._1()), f._1(), f._2().toArray()));
            case "jsonl" -> {
                String field = o.textField();
                yield jsc.textFile(o.in(), partitions).zipWithIndex().flatMap(t -> jsonLine(t._1(), t._2(), field).iterator());
            }
            default -> jsc.binaryFiles(o.in(), partitions)
                    .filter(f -> isWarcFile(f._1()))
                    .flatMap(f -> warcPages(f._2().open(), f._1()));
        };
    }

    static boolean isWarcFile(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".warc") || p.endsWith(".warc.gz");
    }

    /** Whether a path is on the local file system (no scheme, or file:). */
    static boolean isLocal(String path) {
        String scheme = new Path(path).toUri().getScheme();
        return scheme == null || scheme.equals("file");
    }

    /** The files under a local path (itself if it is a file) that the filter takes, sorted. */
    static List<String> localFiles(String path, java.util.function.Predicate<String> take) {
        java.nio.file.Path root = java.nio.file.Path.of(new Path(path).toUri().getPath());
        try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(root)) {
            return walk.filter(java.nio.file.Files::isRegularFile).map(java.nio.file.Path::toString).filter(take).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + path + ": " + e.getMessage(), e);
        }
    }

    /** The pages of one WARC file as documents, read lazily; the file is closed after its last page. */
    static Iterator<Input> warcPages(InputStream s, String path) throws IOException {
        Iterator<Warc.Page> pages = Warc.pages(s, fileName(path));
        return new Iterator<Input>() {
            @Override
            public boolean hasNext() {
                boolean more = pages.hasNext();
                if (!more) {
                    try {
                        s.close();
                    } catch (IOException ignored) {
                        // read to the end already
                    }
                }
                return more;
            }

            @Override
            public Input next() {
                Warc.Page p = pages.next();
                return new Input(pageName(p), p.uri(), p.body());
            }
        };
    }

    static boolean isStatementFile(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".txt") || p.endsWith(".html") || p.endsWith(".htm") || p.endsWith(".pdf");
    }

    static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** A page's name for the reader: its URI's last segment, marked .html when the server said HTML. */
    static String pageName(Warc.Page p) {
        String u = p.uri();
        int q = u.indexOf('?');
        if (q >= 0) u = u.substring(0, q);
        String name = fileName(u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
        if (name.isEmpty()) name = "index";
        String lower = name.toLowerCase(Locale.ROOT);
        boolean html = p.contentType().toLowerCase(Locale.ROOT).contains("html");
        if (html && !lower.endsWith(".html") && !lower.endsWith(".htm")) name += ".html";
        return name;
    }

    /** One JSON line: its text field becomes the document; 'name' (or 'id' or 'url') names it. */
    static List<Input> jsonLine(String line, long number, String field) {
        if (line.isBlank()) return List.of();
        Map<String, Object> o;
        try {
            o = Records.parseObject(line);
        } catch (IllegalArgumentException e) {
            return List.of(new Input("line-" + (number + 1) + ".txt", null, new byte[0])); // counted as refused
        }
        Object text = o.get(field);
        if (!(text instanceof String t)) return List.of(new Input("line-" + (number + 1) + ".txt", null, new byte[0]));
        String url = o.get("url") instanceof String s ? s : null;
        String name = o.get("name") instanceof String s ? s
                : o.get("id") != null ? String.valueOf(o.get("id"))
                : url != null ? fileName(url) : "line-" + (number + 1) + ".txt";
        return List.of(new Input(name, url, t.getBytes(StandardCharsets.UTF_8)));
    }

    /** Reads each document of a partition with one Reader, lazily, keeping the statements about rounds. */
    static FlatMapFunction<Iterator<Input>, Row> readEach(LongAccumulator documents, LongAccumulator refused) {
        return inputs -> {
            Reader reader = new Reader();
            return ReadAhead.untilNull(() -> {
                while (inputs.hasNext()) {
                    Input in = inputs.next();
                    documents.add(1);
                    Reading reading;
                    try {
                        if (in.bytes().length == 0) throw new UnreadableException(in.name() + " is empty");
                        reading = reader.read(in.bytes(), in.name());
                    } catch (UnreadableException e) {
                        refused.add(1);
                        continue;
                    }
                    if (!Tables.aboutARound(reading.record())) continue;
                    if (in.url() != null && !in.url().startsWith("file:")) {
                        Document d = reading.document();
                        reading = new Reading(new Document(d.sha256(), d.mediaType(), d.fileName(), in.url(), d.text()),
                                reading.record());
                    }
                    return Tables.row(reading);
                }
                return null;
            });
        };
    }

    static String firstLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof org.apache.spark.SparkException)) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** For the tests: the columns of one table, in order. */
    static List<String> columns(Dataset<Row> table) {
        return new ArrayList<>(List.of(table.columns()));
    }
}
