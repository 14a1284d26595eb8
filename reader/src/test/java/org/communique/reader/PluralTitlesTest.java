package org.communique.reader;

import org.communique.model.Participant;
import org.communique.model.RoundRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** One title in the plural before a list of names gives each of them the title in the singular. */
class PluralTitlesTest {
    @Test
    void eachNameAfterAPluralTitleHoldsTheTitle() throws Exception {
        RoundRecord r = WrittenStatements.read("Chile and Peru held the Third Binational Cabinet Meeting in Lima on 4 May 2019, chaired "
                + "by Presidents Sebastian Pinera and Martin Vizcarra. Foreign Ministers Teodoro Ribera, Nestor Popolizio "
                + "and Ana Maria Choquehuanca signed the minutes.");
        assertThat(r.participants()).extracting(Participant::name, Participant::title).contains(
                tuple("Sebastian Pinera", "President"), tuple("Martin Vizcarra", "President"),
                tuple("Teodoro Ribera", "Foreign Minister"), tuple("Nestor Popolizio", "Foreign Minister"),
                tuple("Ana Maria Choquehuanca", "Foreign Minister"));
    }

    @Test
    void aPluralTitleWithoutAListOfNamesNamesNoOne() throws Exception {
        RoundRecord r = WrittenStatements.read("The Brazil-Norway Foreign Ministers Framework Dialogue met in Oslo on 2 June 2021. "
                + "Guided by the 1990 Oslo Accord, Ministers discussed energy. Foreign Minister Anniken Huitfeldt "
                + "welcomed Foreign Minister Carlos Franca.");
        assertThat(r.participants()).extracting(Participant::name)
                .containsExactlyInAnyOrder("Anniken Huitfeldt", "Carlos Franca");
    }
}
