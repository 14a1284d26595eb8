package org.communique.reader;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.communique.model.Reading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hostile and broken inputs, made here (nothing large is committed): each is read into a record, with warnings
 * where it is odd, or refused with one sentence; none crashes or hangs. The JUnit timeouts guard against hangs;
 * they are not speed targets. One test times a read against the reader's own time limit.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileInputTest {
    private static final String STATEMENT = "The two sides met in Astana on November 6, 2023 for the 5th annual "
            + "United States-Kazakhstan Enhanced Strategic Partnership Dialogue. ";
    /**
     * How far past its time limit a reading may end. The limit is checked between stages and in their long loops, so
     * the step under way when it passes ends first: about 3 s of the ten-megabyte line on a quiet machine, 13 s on
     * one whose two cores ran other builds too. Twice the limit keeps the test about the guard, not the machine.
     */
    private static final Duration MARGIN = Reader.DEFAULT_TIME_LIMIT.multipliedBy(2);
    private final Reader reader = new Reader();

    private static void oneSentence(Throwable e) {
        assertThat(e).isInstanceOf(UnreadableException.class);
        assertThat(e.getMessage()).isNotBlank().doesNotContain("\n").doesNotContain("Exception");
    }

    /** The reading, or null where it is refused in one sentence. */
    private Reading readOrRefused(byte[] bytes, String name) {
        try {
            return reader.read(bytes, name);
        } catch (UnreadableException e) {
            oneSentence(e);
            return null;
        }
    }

    /** As {@link #readOrRefused}, each quote of a reading checked against its text. */
    private Reading readOrNull(byte[] bytes, String name) {
        Reading r = readOrRefused(bytes, name);
        if (r != null) ReaderPropertiesTest.assertEveryQuoteIsItsText(r);
        return r;
    }

    @Test
    void emptyWhitespaceAndBinaryAreRefused() {
        for (byte[] b : new byte[][] {new byte[0], "   \n\t\r\n  ".getBytes(), {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10},
                {'P', 'K', 3, 4, 20, 0, 8, 0, 0, 0}, {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16}}) {
            assertThatThrownBy(() -> reader.read(b, "x.txt")).satisfies(HostileInputTest::oneSentence);
        }
    }

    @Test
    void fiftyMegabytesAreRefusedBeforeReading() {
        byte[] big = new byte[50 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> reader.read(big, "big.txt")).satisfies(HostileInputTest::oneSentence)
                .hasMessageContaining("larger than the 20 MB limit");
    }

    @Test
    void aTenMegabyteSingleLineIsReadOrRefusedInTime() {
        StringBuilder b = new StringBuilder(10 * 1024 * 1024 + STATEMENT.length());
        while (b.length() < 10 * 1024 * 1024) b.append(STATEMENT.replace(". ", ", and "));
        byte[] line = b.toString().getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();
        Reading r = readOrRefused(line, "line.txt");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        // the read alone, not the making of its input, within the reader's own limit and a margin
        assertThat(took).as(r == null ? "refused" : "read").isLessThanOrEqualTo(Reader.DEFAULT_TIME_LIMIT.plus(MARGIN));
        if (r != null) ReaderPropertiesTest.assertEveryQuoteIsItsText(r);
    }

    @Test
    void aSlowReadingIsStoppedByTheTimeLimit() {
        StringBuilder b = new StringBuilder();
        while (b.length() < 5 * 1024 * 1024) b.append(STATEMENT);
        Reader impatient = new Reader(Reader.DEFAULT_MAX_BYTES, Duration.ofMillis(1));
        assertThatThrownBy(() -> impatient.read(b.toString().getBytes(StandardCharsets.UTF_8), "slow.txt"))
                .satisfies(HostileInputTest::oneSentence).hasMessageContaining("took longer than");
    }

    @Test
    void mixedEncodingsAndUtf16AreReadOrRefused() {
        byte[] mixed = (STATEMENT + "Caf\u00e9 ").getBytes(StandardCharsets.UTF_8);
        byte[] withLatin1 = Arrays.copyOf(mixed, mixed.length + 2);
        withLatin1[mixed.length] = (byte) 0xe9; // a Windows-1252 é after UTF-8 text
        withLatin1[mixed.length + 1] = '.';
        Reading r = readOrNull(withLatin1, "mixed.txt");
        assertThat(r).isNotNull();
        assertThat(r.record().warnings()).contains("not UTF-8: decoded as Windows-1252");
        assertThat(readOrNull(("\ufeff" + STATEMENT).getBytes(StandardCharsets.UTF_16LE), "le.txt").record().round().place())
                .isEqualTo("Astana");
        assertThat(readOrNull(STATEMENT.getBytes(StandardCharsets.UTF_16BE), "be.txt").record().round().place())
                .isEqualTo("Astana");
    }

    @Test
    void deeplyNestedHtmlIsRead() {
        String html = "<html><body>" + "<div>".repeat(100_000) + "<p>" + STATEMENT + "</p>" + "</div>".repeat(100_000)
                + "</body></html>";
        Reading r = readOrNull(html.getBytes(StandardCharsets.UTF_8), "deep.html");
        assertThat(r).isNotNull();
    }

    @Test
    void scriptsHandlersLinksAndEntityBombsLeaveNoMarkupInTheText() {
        String bomb = "<!DOCTYPE html [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>";
        String html = bomb + "<html><body onload=\"steal()\"><script>document.write('x')</script>"
                + "<p onclick=\"evil()\">" + STATEMENT + "<a href=\"javascript:alert(1)\">link</a> &b;&b;&b;</p>"
                + "<img src=x onerror=alert(1)></body></html>";
        Reading r = readOrNull(html.getBytes(StandardCharsets.UTF_8), "x.html");
        assertThat(r).isNotNull();
        assertThat(r.document().text()).doesNotContain("<script").doesNotContain("steal()").doesNotContain("onerror")
                .doesNotContain("document.write").hasSizeLessThan(html.length());
    }

    @Test
    void brokenPdfsAreRefused() throws Exception {
        byte[] empty;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            empty = out.toByteArray();
        }
        assertThatThrownBy(() -> reader.read(empty, "image-only.pdf")).satisfies(HostileInputTest::oneSentence);
        byte[] truncated = Arrays.copyOf(empty, empty.length / 3);
        assertThatThrownBy(() -> reader.read(truncated, "cut.pdf")).satisfies(HostileInputTest::oneSentence);
    }

    @Test
    void statementsInRussianAndKazakhGiveARecord() {
        String ru = "5 ноября 2023 года в Астане состоялся пятый раунд Расширенного стратегического диалога между "
                + "Казахстаном и США. Стороны обсудили вопросы безопасности и торговли.";
        String kk = "2023 жылғы 6 қарашада Астанада Қазақстан мен АҚШ арасындағы кеңейтілген стратегиялық "
                + "әріптестік диалогының бесінші отырысы өтті.";
        assertThat(readOrNull(ru.getBytes(StandardCharsets.UTF_8), "ru.txt")).isNotNull();
        assertThat(readOrNull(kk.getBytes(StandardCharsets.UTF_8), "kk.txt")).isNotNull();
    }

    @Test
    void nulBytesAndControlCharactersInText() {
        String text = STATEMENT + "\u0000\u0001\u0002 The delegations\u0007 intend to\u001b meet again in 2024.\u0000";
        // a few control bytes in a long text do not make it binary
        Reading r = readOrNull((STATEMENT.repeat(20) + text).getBytes(StandardCharsets.UTF_8), "ctl.txt");
        assertThat(r).isNotNull();
    }

    @Test
    void aTenThousandPersonListIsCappedWithAWarning() {
        StringBuilder b = new StringBuilder(STATEMENT);
        for (int i = 0; i < 10_000; i++) {
            b.append("Deputy Minister of Foreign Affairs Aidar Person").append(name(i)).append(" attended. ");
        }
        Reading r = readOrNull(b.toString().getBytes(StandardCharsets.UTF_8), "people.txt");
        assertThat(r).isNotNull();
        assertThat(r.record().participants()).hasSizeLessThanOrEqualTo(PersonTagger.MAX_PEOPLE);
        assertThat(r.record().warnings()).anyMatch(w -> w.contains("people named"));
    }

    @Test
    void impossibleDatesAreLeftOutWithAWarning() {
        Reading r = readOrNull(("The two sides met in Astana on February 30, 2023 for the Strategic Dialogue.")
                .getBytes(StandardCharsets.UTF_8), "feb.txt");
        assertThat(r.record().round().date()).isNull();
        assertThat(r.record().warnings()).anyMatch(w -> w.contains("impossible date"));
    }

    /** Letters only, so each is a distinct capitalised surname. */
    private static String name(int i) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('a' + i % 26));
            i /= 26;
        } while (i > 0);
        return s.toString();
    }
}
