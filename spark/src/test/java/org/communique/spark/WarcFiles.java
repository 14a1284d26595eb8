package org.communique.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Writes WARC records as crawlers do, for the tests: CRLF header lines, Content-Length, a block, CRLF CRLF. */
final class WarcFiles {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final boolean gzip;
    private int n;

    WarcFiles(boolean gzipPerRecord) {
        this.gzip = gzipPerRecord;
    }

    WarcFiles response(String uri, String status, String contentType, byte[] body) throws IOException {
        String http = "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                + "\r\nServer: test\r\n\r\n";
        return record("response", uri, "application/http; msgtype=response", concat(http.getBytes(StandardCharsets.ISO_8859_1), body));
    }

    WarcFiles request(String uri) throws IOException {
        byte[] block = ("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        return record("request", uri, "application/http; msgtype=request", block);
    }

    WarcFiles record(String type, String uri, String contentType, byte[] block) throws IOException {
        String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-" + String.format("%012d", n++) + ">\r\n"
                + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        byte[] record = concat(concat(head.getBytes(StandardCharsets.UTF_8), block), "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (gzip) {
            ByteArrayOutputStream z = new ByteArrayOutputStream();
            try (OutputStream g = new GZIPOutputStream(z)) {
                g.write(record);
            }
            out.write(z.toByteArray());
        } else {
            out.write(record);
        }
        return this;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
