package org.communique.reader;

import org.communique.model.Reading;
import org.communique.model.Records;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our own statements (and the dev corpus beside the project and the fetched real statements, where present) read into records of the documented
 * shape, every quote in place, no stage failed or skipped. How right the records are is the eval module's test.
 */
class CorporaReadTest {
    private static final Reader READER = new Reader();

    private static List<Path> statements(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static void readAll(Path dir) throws Exception {
        for (Path p : statements(dir)) {
            Reading r = READER.read(Files.readAllBytes(p), p.getFileName().toString());
            ReaderPropertiesTest.assertEveryQuoteIsItsText(r);
            // a stage that throws on real statements must not pass unnoticed
            assertThat(r.record().warnings()).as(p.toString()).noneMatch(w -> w.contains(" failed: ") || w.contains(" skipped: "));
            RecordShape.check(Records.toMap(r.record()));
        }
    }

    @Test
    void ourOwnStatements() throws Exception {
        assertThat(statements(Corpora.own())).hasSizeGreaterThanOrEqualTo(25);
        readAll(Corpora.own());
    }

    @Test
    void theRealStatementsWhereFetched() throws Exception {
        Path texts = Corpora.root().resolve("eval/real/texts");
        Assumptions.assumeTrue(Files.isDirectory(texts) && !statements(texts).isEmpty(),
                "no fetched real statements (eval/real/texts is ignored by git; eval/real/README.md says how to fetch): not read");
        readAll(texts);
    }

    @Test
    void theDevelopmentCorpus() throws Exception {
        Path dev = Corpora.shared().resolve("corpus/dev");
        Assumptions.assumeTrue(Files.isDirectory(dev), "no dev corpus beside the project (../shared/corpus/dev): not read");
        readAll(dev);
    }
}
