package org.communique.reader;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinesTest {
    private static final String TEXT = "Washington, DC\nOctober 3, 2012\n\nThe ministers met.";

    @Test
    void aLineIsFoundOnlyWithinTheReach() {
        int october = TEXT.indexOf("October");
        int three = TEXT.indexOf("3,");
        assertThat(Lines.startWithin(TEXT, three, 8)).isEqualTo(october);
        assertThat(Lines.startWithin(TEXT, three, 7)).isEqualTo(-1);
        assertThat(Lines.startWithin(TEXT, 5, 5)).isZero();
        assertThat(Lines.endWithin(TEXT, october, 15)).isEqualTo(TEXT.indexOf("\n\n"));
        assertThat(Lines.endWithin(TEXT, october, 14)).isEqualTo(-1);
        assertThat(Lines.endWithin(TEXT, TEXT.indexOf("The"), 18)).isEqualTo(TEXT.length());
        assertThat(Lines.endWithin(TEXT, TEXT.indexOf("The"), 17)).isEqualTo(-1);
    }
}
