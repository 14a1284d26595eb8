package org.communique.bench;

import org.communique.model.Dialogue;
import org.communique.model.Records;
import org.communique.model.Round;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Writes statements in the genre (joint statements, press releases, wires and web pages about a round of
 * a bilateral dialogue) together with their gold records, so that the reader's speed and accuracy can be
 * measured on any number of statements.
 *
 * <p>Deterministic: statement {@code i} of seed {@code s} is the same bytes on every run and every JVM
 * (it draws from {@link Random}, whose sequence the JDK specifies), and it does not depend on how many
 * statements are asked for, so a corpus can be generated in parallel or in pieces.
 *
 * <pre>{@code
 * CorpusGenerator g = new CorpusGenerator(42);
 * CorpusGenerator.Statement s = g.statement(0);   // s.fileName(), s.bytes(), s.gold()
 * }</pre>
 */
public final class CorpusGenerator {
    /** One generated statement: its file name without extension, the extension, the raw bytes and the gold JSON. */
    public record Statement(String name, String extension, byte[] bytes, String gold) {
        public String fileName() {
            return name + "." + extension;
        }
    }

    private final long seed;

    public CorpusGenerator(long seed) {
        this.seed = seed;
    }

    /** Statement number {@code index} (from 0) of this seed. */
    public Statement statement(int index) {
        if (index < 0) throw new IllegalArgumentException("a statement index is not negative: " + index);
        return new Composer(new Random(mix(seed, index)), index).compose();
    }

    /** Statements 0 to n-1. */
    public List<Statement> statements(int n) {
        return IntStream.range(0, n).mapToObj(this::statement).toList();
    }

    /** Writes statements 0 to n-1 as NAME.txt|html and NAME.gold.json into dir; returns the bytes of the statements. */
    public long write(int n, Path dir) throws IOException {
        Files.createDirectories(dir);
        long bytes = 0;
        StringBuilder index = new StringBuilder("name\tparties\tdialogue\tdate\tplace\tformat\n");
        for (int i = 0; i < n; i++) {
            Statement s = statement(i);
            Files.write(dir.resolve(s.fileName()), s.bytes());
            Files.writeString(dir.resolve(s.name() + ".gold.json"), s.gold(), StandardCharsets.UTF_8);
            bytes += s.bytes().length;
            Map<String, Object> gold = Records.parseObject(s.gold());
            Map<?, ?> dialogue = (Map<?, ?>) gold.get("dialogue");
            Map<?, ?> round = (Map<?, ?>) gold.get("round");
            index.append(s.fileName()).append('\t').append(String.join(",", cast(dialogue.get("parties"))))
                    .append('\t').append(dialogue.get("name")).append('\t').append(round.get("date"))
                    .append('\t').append(round.get("place") == null ? "(virtual)" : round.get("place"))
                    .append('\t').append(s.extension()).append('\n');
        }
        Files.writeString(dir.resolve("INDEX.tsv"), index, StandardCharsets.UTF_8);
        return bytes;
    }

    @SuppressWarnings("unchecked")
    private static List<String> cast(Object o) {
        return (List<String>) o;
    }

    /** SplitMix64's finaliser over the seed and the index: neighbouring indexes get unrelated streams. */
    static long mix(long seed, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + index + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** Everything the generator decides about one statement before writing it: the composer fills it. */
    static final class Gold {
        final List<String> parties = new ArrayList<>();
        String dialogue;
        String acronym;
        Integer ordinal;
        String date;
        String place;
        String host;
        final List<Map<String, Object>> participants = new ArrayList<>();
        final List<Map<String, Object>> topics = new ArrayList<>();
        final List<Map<String, Object>> commitments = new ArrayList<>();
        Map<String, Object> nextRound;
        final List<Map<String, Object>> references = new ArrayList<>();
        String publisher;
        String title;
        String published;

        /** A gold record's source: what a page says of itself, without the reader's media type and body bounds. */
        record GoldSource(String sha256, String publisher, String title, String published) {}

        /** The gold record as written (Records: snake_case, in this order); the dialogue and round are the model's own. */
        record GoldRecord(GoldSource source, Dialogue dialogue, Round round, List<Map<String, Object>> participants,
                          List<Map<String, Object>> topics, List<Map<String, Object>> commitments,
                          Map<String, Object> nextRound, List<Map<String, Object>> references) {}

        String json(String sha256) {
            return pretty(Records.write(new GoldRecord(new GoldSource(sha256, publisher, title, published),
                    new Dialogue(dialogue, acronym, parties.stream().sorted().toList()), new Round(ordinal, date, place, host),
                    participants, topics, commitments, nextRound, references)));
        }
    }

    /** Two-space indented JSON from the compact form (strings are copied as they are). */
    static String pretty(String compact) {
        StringBuilder out = new StringBuilder(compact.length() * 2);
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\') out.append(compact.charAt(++i));
                else if (c == '"') inString = false;
                continue;
            }
            switch (c) {
                case '"' -> {
                    inString = true;
                    out.append(c);
                }
                case '{', '[' -> {
                    char close = c == '{' ? '}' : ']';
                    if (i + 1 < compact.length() && compact.charAt(i + 1) == close) {
                        out.append(c).append(close);
                        i++;
                    } else {
                        out.append(c).append('\n');
                        depth++;
                        indent(out, depth);
                    }
                }
                case '}', ']' -> {
                    out.append('\n');
                    depth--;
                    indent(out, depth);
                    out.append(c);
                }
                case ',' -> {
                    out.append(",\n");
                    indent(out, depth);
                }
                case ':' -> out.append(": ");
                default -> out.append(c);
            }
        }
        return out.append('\n').toString();
    }

    private static void indent(StringBuilder out, int depth) {
        out.append("  ".repeat(Math.max(0, depth)));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
