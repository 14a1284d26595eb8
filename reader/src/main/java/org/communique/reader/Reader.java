package org.communique.reader;

import org.communique.model.Document;
import org.communique.model.Reading;
import org.communique.model.RoundRecord;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a published statement into a round record. One instance is safe to share between threads.
 *
 * <pre>{@code
 * Reading r = new Reader().read(Files.readAllBytes(path), path.getFileName().toString());
 * }</pre>
 */
public final class Reader {
    /** Statements larger than this are refused rather than read. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /** A statement that takes longer than this to read is refused. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    private final Decoder decoder;
    private final Duration timeLimit;
    private final List<Stage> stages;

    public Reader() {
        this(DEFAULT_MAX_BYTES);
    }

    public Reader(long maxBytes) {
        this(maxBytes, DEFAULT_TIME_LIMIT);
    }

    /** @param timeLimit how long one statement may take before it is refused (a guard against pathological input) */
    public Reader(long maxBytes, Duration timeLimit) {
        this(maxBytes, timeLimit, standardStages(Knowledge.get()));
    }

    /** A reader with other stages (tests); refused when a stage needs what no stage before it adds. */
    Reader(long maxBytes, Duration timeLimit, List<Stage> stages) {
        this.decoder = new Decoder(maxBytes);
        this.timeLimit = timeLimit;
        this.stages = List.copyOf(stages);
        checkOrder(this.stages);
    }

    private static List<Stage> standardStages(Knowledge k) {
        return List.of(
                new BodyFinder(),
                new SentenceSplitter(k),
                new GazetteerTagger(k),
                new DateTagger(),
                new PersonTagger(k),
                new DialogueTagger(k),
                new RoundTagger(k),
                new Delegations(),
                new TopicTagger(k),
                new ActTagger(k),
                new CommitmentTagger(k),
                new ReferenceTagger(k));
    }

    static void checkOrder(List<Stage> stages) {
        Set<Key<?>> added = new HashSet<>();
        for (Stage stage : stages) {
            for (Key<?> need : stage.needs()) {
                if (!added.contains(need)) {
                    throw new IllegalStateException(name(stage) + " needs " + need + ", which no stage before it adds");
                }
            }
            added.addAll(stage.adds());
        }
    }

    private static String name(Stage stage) {
        return stage.getClass().getSimpleName();
    }

    /** The pipeline's stages, in the order a read runs them over one {@link Doc}: for tools that time or inspect them. */
    public List<Stage> stages() {
        return stages;
    }

    /** Reads raw bytes; {@code fileName} (may be null) helps tell HTML from text. */
    public Reading read(byte[] bytes, String fileName) throws UnreadableException {
        long started = System.nanoTime();
        Decoded decoded = decoder.decode(bytes, fileName);
        Doc doc = new Doc(decoded.text());
        doc.deadline(started + timeLimit.toNanos());
        decoded.warnings().forEach(doc::warn);
        // what a failed stage did not add, so that the stages needing it are skipped, not run on nothing
        Map<Key<?>, String> missing = new HashMap<>();
        for (Stage stage : stages) {
            Key<?> lacking = stage.needs().stream().filter(missing::containsKey).findFirst().orElse(null);
            if (lacking != null) {
                doc.warn(name(stage) + " skipped: it needs " + lacking + ", which " + missing.get(lacking) + " did not add");
                for (Key<?> k : stage.adds()) missing.put(k, name(stage));
                continue;
            }
            try {
                doc.checkTime();
                stage.annotate(doc);
            } catch (Doc.TimeLimitExceeded e) {
                throw new UnreadableException((fileName == null ? "the input" : fileName) + " took longer than the "
                        + timeLimit.toSeconds() + " s limit for reading one statement");
            } catch (RuntimeException | StackOverflowError e) {
                // odd text yields a record with a warning, never an exception
                doc.warn(name(stage) + " failed: " + e);
                for (Key<?> k : stage.adds()) {
                    doc.remove(k);
                    missing.put(k, name(stage));
                }
            }
        }
        String sha = sha256(bytes);
        RoundRecord record = RecordBuilder.build(doc, sha, decoded.mediaType(), decoded.title(), decoded.publisher());
        return new Reading(new Document(sha, decoded.mediaType(), fileName, null, decoded.text()), record);
    }

    /** Reads a statement given as text. */
    public Reading read(String text) throws UnreadableException {
        return read(text.getBytes(StandardCharsets.UTF_8), null);
    }

    /** The SHA-256 of bytes, in hex: the name a statement is stored and found under. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
