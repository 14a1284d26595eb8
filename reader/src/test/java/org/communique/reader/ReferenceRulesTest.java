package org.communique.reader;

import org.communique.model.Reference;
import org.communique.model.RoundRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.reader.WrittenStatements.read;

/** What the statement points to, each rule on a statement written for it. */
class ReferenceRulesTest {
    @Test
    void anInstrumentNamedByWhatItIsAboutKeepsThoseWords() throws Exception {
        RoundRecord r = read("Ghana and Morocco held their Joint Commission in Rabat on 5 May 2024. The ministers signed a "
                + "Memorandum of Understanding on cooperation in vocational training, which enters into force at once.");
        assertThat(r.references()).extracting(Reference::name)
                .containsExactly("Memorandum of Understanding on cooperation in vocational training");
    }

    @Test
    void aBareInstrumentWithNothingSaidOfItIsNoReference() throws Exception {
        RoundRecord r = read("Ghana and Morocco held their Joint Commission in Rabat on 5 May 2024. The ministers said the "
                + "Agreement would help and signed a Memorandum of Understanding.");
        assertThat(r.references()).isEmpty();
    }

    @Test
    void theNumberOfAnItemInAListOfInstrumentsIsNotInItsName() throws Exception {
        RoundRecord r = read("Ghana and Morocco held their Joint Commission in Rabat on 5 May 2024. The ministers signed the "
                + "following instruments:\n1- Convention for the Avoidance of Double Taxation, which ends double taxation of "
                + "income.\n2- Protocol for cooperation in fisheries and aquaculture, to share research.\n");
        assertThat(r.references()).extracting(Reference::name)
                .contains("Convention for the Avoidance of Double Taxation", "Protocol for cooperation in fisheries and aquaculture");
    }

    @Test
    void aNameAndTheSameNameWithOneMoreWordAreOneReference() throws Exception {
        RoundRecord r = read("Ghana and Morocco held their Joint Commission in Rabat on 5 May 2024. They reviewed the "
                + "Atlantic Fisheries Framework. Both sides welcomed progress under the Atlantic Fisheries "
                + "Framework Agreement (AFFA).");
        assertThat(r.references()).extracting(Reference::name)
                .containsExactly("Atlantic Fisheries Framework Agreement (AFFA)");
    }

    @Test
    void aKnownInstrumentIsNamedAsTheTextNamesItOnceHoweverOftenNamed() throws Exception {
        RoundRecord r = read("Japan and the Philippines held their 2+2 Meeting in Manila on 8 July 2024. They upheld "
                + "freedom of navigation consistent with UNCLOS and recalled that the United Nations Convention on the "
                + "Law of the Sea sets out the legal framework for all activities in the oceans.");
        assertThat(r.references()).extracting(Reference::name).containsExactly("UNCLOS");
    }

    @Test
    void aPartnershipNamedByItsTwoSidesAndQualifiedIsAReferenceABareOneIsNot() throws Exception {
        RoundRecord r = read("Ghana and Morocco held their Joint Commission in Rabat on 5 May 2024. The ministers praised "
                + "the Ghana-Morocco comprehensive strategic partnership and said the Ghana-Morocco partnership had grown.");
        assertThat(r.references()).extracting(Reference::name)
                .containsExactly("Ghana-Morocco comprehensive strategic partnership");
    }
}
