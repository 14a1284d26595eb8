package org.communique.spark;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Web archive (WARC 1.0/1.1) files as crawlers write them: records of named header lines, a blank line, and a
 * block of exactly Content-Length bytes. A {@code response} record's block is an HTTP response (status line,
 * headers, body); a {@code resource} record's block is the document itself. {@code .warc.gz} files, gzipped
 * record by record, are read through one {@link GZIPInputStream}, which runs on across members.
 *
 * <p>{@link #pages(InputStream, String)} streams the pages, one record in memory at a time, and keeps those whose
 * content is HTML or plain text with HTTP status 200.
 */
public final class Warc {
    /** No page larger than this is read (the reader refuses larger statements anyway). */
    static final int MAX_BLOCK = 20 * 1024 * 1024;

    private Warc() {}

    /** One page from the archive: its URI and the body bytes, as the server sent them after any transfer coding. */
    public record Page(String uri, String contentType, byte[] body) {}

    /** A WARC record: its headers (names in lower case) and its block. */
    record Record(Map<String, String> headers, byte[] block) {
        String type() {
            return headers.getOrDefault("warc-type", "");
        }
    }

    /** The HTML and text pages of a WARC stream; gzip is recognised by its magic bytes whatever the name. */
    public static Iterator<Page> pages(InputStream raw, String name) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        InputStream body = b1 == 0x1f && b2 == 0x8b ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
        Iterator<Record> records = records(body, name);
        return ReadAhead.untilNull(() -> {
            while (records.hasNext()) {
                Page p = page(records.next());
                if (p != null) return p;
            }
            return null;
        });
    }

    /** The page a record holds, or null when it holds none we read (requests, metadata, images, errors). */
    static Page page(Record r) {
        String uri = r.headers().getOrDefault("warc-target-uri", "");
        if (uri.startsWith("<") && uri.endsWith(">")) uri = uri.substring(1, uri.length() - 1);
        if (r.type().equals("resource")) {
            String type = r.headers().getOrDefault("content-type", "");
            return readable(type, uri) ? new Page(uri, type, r.block()) : null;
        }
        if (!r.type().equals("response")) return null;
        byte[] block = r.block();
        int end = headerEnd(block);
        if (end < 0) return null;
        String head = new String(block, 0, end, StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\r?\n");
        if (lines.length == 0 || !lines[0].startsWith("HTTP/")) return null;
        String[] status = lines[0].split(" ", 3);
        if (status.length < 2 || !status[1].equals("200")) return null;
        Map<String, String> http = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) http.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String type = http.getOrDefault("content-type", "");
        if (!readable(type, uri)) return null;
        int start = end + (block[end] == '\r' ? 4 : 2);
        byte[] body = java.util.Arrays.copyOfRange(block, Math.min(start, block.length), block.length);
        try {
            if (http.getOrDefault("transfer-encoding", "").equalsIgnoreCase("chunked")) body = dechunk(body);
            if (http.getOrDefault("content-encoding", "").equalsIgnoreCase("gzip")) {
                try (InputStream g = new GZIPInputStream(new ByteArrayInputStream(body))) {
                    body = g.readNBytes(MAX_BLOCK);
                }
            }
        } catch (IOException e) {
            return null; // a damaged body: skip the page, not the archive
        }
        return new Page(uri, type, body);
    }

    private static boolean readable(String contentType, String uri) {
        String t = contentType.toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            String u = uri.toLowerCase(Locale.ROOT);
            return u.endsWith(".html") || u.endsWith(".htm") || u.endsWith(".txt") || u.endsWith("/");
        }
        return t.startsWith("text/html") || t.startsWith("application/xhtml") || t.startsWith("text/plain");
    }

    /** Where the HTTP headers end: the index of the blank line's first CR (or LF), or -1. */
    static int headerEnd(byte[] b) {
        for (int i = 0; i + 1 < b.length; i++) {
            if (b[i] == '\n' && b[i + 1] == '\n') return i;
            if (i + 3 < b.length && b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') return i;
        }
        return -1;
    }

    static byte[] dechunk(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
        int i = 0;
        while (i < body.length) {
            int eol = i;
            while (eol < body.length && body[eol] != '\n') eol++;
            String size = new String(body, i, eol - i, StandardCharsets.ISO_8859_1).trim();
            int semi = size.indexOf(';');
            if (semi >= 0) size = size.substring(0, semi);
            int n;
            try {
                n = Integer.parseInt(size, 16);
            } catch (NumberFormatException e) {
                throw new IOException("bad chunk size " + size);
            }
            if (n == 0) break;
            int from = eol + 1;
            if (from + n > body.length) throw new IOException("truncated chunk");
            out.write(body, from, n);
            i = from + n;
            while (i < body.length && (body[i] == '\r' || body[i] == '\n')) i++;
        }
        return out.toByteArray();
    }

    /** The records of an (uncompressed) WARC stream, read one at a time. */
    static Iterator<Record> records(InputStream in, String name) {
        return ReadAhead.untilNull(() -> read(in, name));
    }

    /** The next record of the stream, or null at its end. */
    private static Record read(InputStream in, String name) {
        try {
            String version = line(in);
            while (version != null && version.isEmpty()) version = line(in); // blank lines between records
            if (version == null) return null;
            if (!version.startsWith("WARC/")) throw new IOException(name + " is not a WARC file (a record starts with '"
                    + (version.length() > 40 ? version.substring(0, 40) + "..." : version) + "')");
            Map<String, String> headers = new LinkedHashMap<>();
            for (String l = line(in); l != null && !l.isEmpty(); l = line(in)) {
                int colon = l.indexOf(':');
                if (colon > 0) headers.put(l.substring(0, colon).trim().toLowerCase(Locale.ROOT), l.substring(colon + 1).trim());
            }
            long length;
            try {
                length = Long.parseLong(headers.getOrDefault("content-length", "-1"));
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length < 0) throw new IOException(name + " has a WARC record without a Content-Length");
            byte[] block;
            if (length > MAX_BLOCK) {
                in.skipNBytes(length);
                block = new byte[0];
                headers.put("warc-type", "skipped");
            } else {
                block = in.readNBytes((int) length);
                if (block.length < length) throw new IOException(name + " ends inside a WARC record");
            }
            return new Record(headers, block);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One header line without its CR LF, or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(80);
        int c = in.read();
        if (c < 0) return null;
        while (c >= 0 && c != '\n') {
            b.write(c);
            c = in.read();
        }
        byte[] bytes = b.toByteArray();
        int n = bytes.length;
        if (n > 0 && bytes[n - 1] == '\r') n--;
        return new String(bytes, 0, n, StandardCharsets.UTF_8);
    }
}
