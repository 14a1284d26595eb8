package org.communique.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The exports' CSV: what a spreadsheet reads back, and no cell it would run as a formula. */
class CsvTest {
    private static List<CSVRecord> parse(Csv csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(csv.toString())).getRecords();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tindented", "\rreturned"})
    void aCellThatWouldRunAsAFormulaIsPrefixed(String cell) throws IOException {
        assertThat(parse(new Csv(List.of("text")).row(List.of(cell))).get(1).get(0)).isEqualTo("'" + cell);
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() throws IOException {
        CSVRecord row = parse(new Csv(List.of("score", "text", "mail")).row(List.of(-1, "a - b", "ana@example.org"))).get(1);
        assertThat(row.values()).containsExactly("-1", "a - b", "ana@example.org");
    }

    @Test
    void commasQuotesAndLineBreaksComeBackWhole() throws IOException {
        String text = "They agreed, \"in principle\",\nto meet again.";
        List<CSVRecord> rows = parse(new Csv(List.of("id", "text")).row(List.of(7, text)));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).values()).containsExactly("id", "text");
        assertThat(rows.get(1).values()).containsExactly("7", text);
    }

    @Test
    void rowsEndInCarriageReturnLineFeedAndEmptyCellsAreEmpty() {
        Csv csv = new Csv(List.of("a", "b", "c")).row(Arrays.asList("x", null, List.of("KZ", "US")));
        assertThat(csv.toString()).isEqualTo("a,b,c\r\nx,,KZ;US\r\n");
    }

    @Test
    void aRowFromNamedValuesFollowsTheColumns() throws IOException {
        Csv csv = new Csv(List.of("id", "date", "place")).row(Map.of("place", "Astana", "id", 3, "other", "left out"));
        assertThat(parse(csv).get(1).values()).containsExactly("3", "", "Astana");
    }
}
