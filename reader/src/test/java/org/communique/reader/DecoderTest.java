package org.communique.reader;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecoderTest {
    private final Decoder decoder = new Decoder(1024 * 1024);

    @Test
    void refusesEmptyAndBlankInput() {
        assertThatThrownBy(() -> decoder.decode(new byte[0], "a.txt")).hasMessage("a.txt is empty");
        assertThatThrownBy(() -> decoder.decode(" \n\t ".getBytes(), "a.txt")).hasMessage("a.txt is empty");
    }

    @Test
    void refusesBinaryFiles() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        assertThatThrownBy(() -> decoder.decode(png, "x.txt")).hasMessageContaining("is a binary file");
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
        assertThatThrownBy(() -> decoder.decode(zip, "x.txt")).hasMessageContaining("is a binary file");
    }

    @Test
    void refusesInputOverTheLimit() {
        byte[] big = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> new Decoder(1024 * 1024).decode(big, "big.txt")).hasMessageContaining("larger than the 1 MB limit");
    }

    @Test
    void readsWindows1252WhenTheBytesAreNotUtf8() throws Exception {
        byte[] bytes = "Caf\u00e9 talks in S\u00e3o Paulo \u2013 agreed.".getBytes(Charset.forName("windows-1252"));
        Decoded d = decoder.decode(bytes, "w.txt");
        assertThat(d.text()).isEqualTo("Caf\u00e9 talks in S\u00e3o Paulo \u2013 agreed.");
        assertThat(d.warnings()).contains("not UTF-8: decoded as Windows-1252");
    }

    @Test
    void refusesBytesThatAreNeitherUtf8NorWindows1252() {
        byte[] bytes = {'a', 'b', (byte) 0x81, (byte) 0x8d, 'c', ' ', 'd', 'e'};
        assertThatThrownBy(() -> decoder.decode(bytes, "bad.txt")).hasMessage("bad.txt is neither UTF-8 nor Windows-1252 text");
    }

    @Test
    void readsUtf16WithAndWithoutByteOrderMark() throws Exception {
        String s = "The two sides met in Astana.";
        byte[] bom = ("\ufeff" + s).getBytes(StandardCharsets.UTF_16BE);
        assertThat(decoder.decode(bom, "u.txt").text()).isEqualTo(s);
        assertThat(decoder.decode(s.getBytes(StandardCharsets.UTF_16LE), "u.txt").text()).isEqualTo(s);
    }

    @Test
    void stripsPageChromeFromHtml() throws Exception {
        String html = "<html><head><title>Joint Statement</title><script>alert(1)</script></head><body>"
                + "<nav>Home | News</nav><main><h1>Joint Statement</h1><p>The two sides met in Astana &ndash; "
                + "and agreed.</p><p onclick=\"x()\">Second paragraph.</p></main><footer>Contact us</footer></body></html>";
        Decoded d = decoder.decode(html.getBytes(StandardCharsets.UTF_8), "p.html");
        assertThat(d.mediaType()).isEqualTo("text/html");
        assertThat(d.title()).isEqualTo("Joint Statement");
        assertThat(d.text()).isEqualTo("Joint Statement\n\nThe two sides met in Astana \u2013 and agreed.\n\nSecond paragraph.");
    }

    @Test
    void refusesABrokenPdf() {
        byte[] pdf = "%PDF-1.7\n1 0 obj <<".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> decoder.decode(pdf, "d.pdf")).hasMessageContaining("d.pdf is a damaged PDF");
    }
}
