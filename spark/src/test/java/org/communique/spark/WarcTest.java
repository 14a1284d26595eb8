package org.communique.spark;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** WARC records in, HTML and text pages out; the rest of an archive (requests, images, errors) is passed over. */
class WarcTest {
    private static final byte[] PAGE = "<html><body><p>Joint statement</p></body></html>".getBytes(StandardCharsets.UTF_8);

    private static List<Warc.Page> pages(byte[] warc) throws Exception {
        List<Warc.Page> out = new ArrayList<>();
        Iterator<Warc.Page> it = Warc.pages(new ByteArrayInputStream(warc), "test.warc");
        it.forEachRemaining(out::add);
        return out;
    }

    private static byte[] archive(boolean gzip) throws Exception {
        return new WarcFiles(gzip)
                .record("warcinfo", "", "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.UTF_8))
                .request("https://example.org/news/statement")
                .response("https://example.org/news/statement", "200 OK", "text/html; charset=UTF-8", PAGE)
                .response("https://example.org/logo.png", "200 OK", "image/png", new byte[]{1, 2, 3})
                .response("https://example.org/missing.html", "404 Not Found", "text/html", PAGE)
                .record("resource", "file:///statements/plain.txt", "text/plain", "A plain statement.".getBytes(StandardCharsets.UTF_8))
                .bytes();
    }

    @Test
    void keepsTheHtmlAndTextPages() throws Exception {
        List<Warc.Page> pages = pages(archive(false));
        assertThat(pages).extracting(Warc.Page::uri).containsExactly("https://example.org/news/statement", "file:///statements/plain.txt");
        assertThat(pages.get(0).body()).isEqualTo(PAGE);
        assertThat(CorpusJob.pageName(pages.get(0))).isEqualTo("statement.html");
        assertThat(CorpusJob.pageName(pages.get(1))).isEqualTo("plain.txt");
    }

    @Test
    void readsRecordByRecordGzip() throws Exception {
        assertThat(pages(archive(true))).extracting(Warc.Page::body).containsExactly(PAGE, "A plain statement.".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void undoesChunkedTransferAndGzipContentEncoding() throws Exception {
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        try (OutputStream g = new GZIPOutputStream(z)) {
            g.write(PAGE);
        }
        byte[] gz = z.toByteArray();
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        chunked.write((Integer.toHexString(10) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        chunked.write(gz, 0, 10);
        chunked.write(("\r\n" + Integer.toHexString(gz.length - 10) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        chunked.write(gz, 10, gz.length - 10);
        chunked.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n";
        byte[] block = WarcFiles.concat(http.getBytes(StandardCharsets.ISO_8859_1), chunked.toByteArray());
        byte[] warc = new WarcFiles(false).record("response", "https://example.org/a", "application/http; msgtype=response", block).bytes();
        assertThat(pages(warc)).singleElement().satisfies(p -> assertThat(p.body()).isEqualTo(PAGE));
    }

    @Test
    void aFileThatIsNotAWarcSaysSo() {
        assertThatThrownBy(() -> pages("<html>not an archive</html>".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("test.warc is not a WARC file");
    }

    @Test
    void aTruncatedRecordSaysSo() throws Exception {
        byte[] whole = archive(false);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 10);
        assertThatThrownBy(() -> pages(cut)).hasMessageContaining("ends inside a WARC record");
    }
}
