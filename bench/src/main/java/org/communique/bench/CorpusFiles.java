package org.communique.bench;

import org.communique.model.Records;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** A generated corpus in the other forms the Spark job reads: JSON Lines, and a web archive (WARC, gzip per record). */
final class CorpusFiles {
    private CorpusFiles() {}

    /** DIR/corpus.jsonl with {"name", "text"} lines, the gold records in DIR/gold/; returns the statements' bytes. */
    static long jsonl(CorpusGenerator g, int n, Path dir) throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        long bytes = 0;
        try (Writer w = Files.newBufferedWriter(dir.resolve("corpus.jsonl"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                CorpusGenerator.Statement s = g.statement(i);
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("name", s.fileName());
                line.put("text", new String(s.bytes(), StandardCharsets.UTF_8));
                w.write(Records.write(line));
                w.write('\n');
                Files.writeString(gold.resolve(s.name() + ".gold.json"), s.gold(), StandardCharsets.UTF_8);
                bytes += s.bytes().length;
            }
        }
        return bytes;
    }

    /**
     * DIR/corpus.warc.gz: a warcinfo record, then for each statement a request and a response record (HTTP 200 with
     * the statement as the body, text/html or text/plain), each record its own gzip member as crawlers write them.
     */
    static long warc(CorpusGenerator g, int n, Path dir) throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        long bytes = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve("corpus.warc.gz")), 1 << 16)) {
            record(out, "warcinfo", null, "application/warc-fields", "software: communique bench corpus\r\n".getBytes(StandardCharsets.UTF_8), 0);
            for (int i = 0; i < n; i++) {
                CorpusGenerator.Statement s = g.statement(i);
                String uri = "https://statements.example/press/" + s.fileName();
                record(out, "request", uri, "application/http; msgtype=request",
                        ("GET /press/" + s.fileName() + " HTTP/1.1\r\nHost: statements.example\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), 2 * i + 1);
                String type = s.extension().equals("html") ? "text/html; charset=UTF-8" : "text/plain; charset=UTF-8";
                byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + s.bytes().length + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1);
                byte[] block = new byte[head.length + s.bytes().length];
                System.arraycopy(head, 0, block, 0, head.length);
                System.arraycopy(s.bytes(), 0, block, head.length, s.bytes().length);
                record(out, "response", uri, "application/http; msgtype=response", block, 2 * i + 2);
                Files.writeString(gold.resolve(s.name() + ".gold.json"), s.gold(), StandardCharsets.UTF_8);
                bytes += s.bytes().length;
            }
        }
        return bytes;
    }

    private static void record(OutputStream out, String type, String uri, String contentType, byte[] block, int id) throws IOException {
        String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\n" + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "WARC-Date: 2025-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:"
                + String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", id) + ">\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        GZIPOutputStream z = new GZIPOutputStream(new NonClosing(out), 1 << 12);
        z.write(head.getBytes(StandardCharsets.UTF_8));
        z.write(block);
        z.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        z.finish();
    }

    /** Lets a gzip member finish without closing the file under it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
