package org.communique.reader;

import org.communique.model.Reference;
import org.communique.model.RoundRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.reader.WrittenStatements.read;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** What the statement points to, each rule on a statement written for it. */
class ReferenceRulesTest {
    private static final String OPENING = "Ghana and Morocco held their Joint Commission in Rabat on 5 May 2024. ";

    /** A rule, a statement written for it, and the names of all the references it gives, in order (none: no reference). */
    static Stream<Arguments> rules() {
        return Stream.of(
                arguments("an instrument named by what it is about keeps those words",
                        OPENING + "The ministers signed a Memorandum of Understanding on cooperation in vocational "
                                + "training, which enters into force at once.",
                        List.of("Memorandum of Understanding on cooperation in vocational training")),
                arguments("a bare instrument with nothing said of it is no reference",
                        OPENING + "The ministers said the Agreement would help and signed a Memorandum of Understanding.",
                        List.of()),
                arguments("a name and the same name with one more word are one reference",
                        OPENING + "They reviewed the Atlantic Fisheries Framework. Both sides welcomed progress under "
                                + "the Atlantic Fisheries Framework Agreement (AFFA).",
                        List.of("Atlantic Fisheries Framework Agreement (AFFA)")),
                arguments("a known instrument is named as the text names it, once however often named",
                        "Japan and the Philippines held their 2+2 Meeting in Manila on 8 July 2024. They upheld "
                                + "freedom of navigation consistent with UNCLOS and recalled that the United Nations Convention "
                                + "on the Law of the Sea sets out the legal framework for all activities in the oceans.",
                        List.of("UNCLOS")),
                arguments("instruments named by their short kinds, an arrangement and a named war are references",
                        OPENING + "They welcomed the Ghana-Morocco FTA, the Phosphates MOU and the new Port Security "
                                + "Arrangement, and recalled the Second World War.",
                        List.of("Ghana-Morocco FTA", "Phosphates MOU", "Port Security Arrangement", "Second World War")),
                arguments("the dialogue named with its round, its parties or another apostrophe is no reference",
                        "Ghana and Morocco held the Foreign Ministers\u2019 Strategic Dialogue in Rabat on 5 May 2024.\n"
                                + "The ministers said the 2nd Round of Ghana-Morocco Foreign Ministers' Strategic Dialogue "
                                + "had served both countries well, as had the Atlantic Ports Initiative.",
                        List.of("Atlantic Ports Initiative")),
                arguments("an office is no reference, however its words end",
                        OPENING + "They met the European Commissioner for Trade Policy in the afternoon.",
                        List.of()),
                arguments("an acronym in brackets after a name is no second reference",
                        OPENING + "They hailed the entry into force of the Ghana-Morocco Comprehensive Economic Partnership "
                                + "Agreement (GM-CEPA) in January.",
                        List.of("Ghana-Morocco Comprehensive Economic Partnership Agreement (GM-CEPA)")),
                arguments("a partnership named by its two sides and qualified is a reference, a bare one is not",
                        OPENING + "The ministers praised the Ghana-Morocco comprehensive strategic partnership and said "
                                + "the Ghana-Morocco partnership had grown.",
                        List.of("Ghana-Morocco comprehensive strategic partnership")),
                arguments("a process named after a city is a reference",
                        OPENING + "Both sides backed the Accra Process on migration in West Africa.", List.of("Accra Process")),
                arguments("agreements or accords named by a city alone, in lower case, are a reference",
                        OPENING + "The ministers called for full implementation of the Lome agreements by all sides.",
                        List.of("Lome agreements")),
                arguments("a format named bare is a reference, once, unless a longer name begins with it",
                        OPENING + "They agreed to coordinate their positions in the G20 and welcomed the outcome of "
                                + "the G20 Leaders' Summit and of the BRICS and the Group of Seven.",
                        List.of("G20 Leaders' Summit", "Group of Seven", "BRICS")),
                arguments("an operation or an exercise named after its head is a reference",
                        OPENING + "Morocco thanked Ghana for joining Operation Atlantic Shield and the naval Exercise "
                                + "Gulf Guardian in May.", List.of("Operation Atlantic Shield", "Exercise Gulf Guardian")),
                arguments("a statement or communique named by a city is a reference; the round's own is not",
                        OPENING + "In their Joint Statement the ministers recalled the Accra Statement and the Rabat Joint "
                                + "Communique of earlier years.", List.of("Accra Statement", "Rabat Joint Communique")),
                arguments("an earlier meeting named with its number is a reference; the round's own number is not",
                        "Ghana and Morocco held the Third Joint Commission in Rabat on 5 May 2024. They recalled the "
                                + "Second Atlantic Leaders' Meeting and prepared the Fourth Atlantic Ministers' Meeting, and "
                                + "said the Third Joint Commission Meeting went well; the meeting ended at noon.",
                        List.of("Second Atlantic Leaders' Meeting", "Fourth Atlantic Ministers' Meeting")),
                arguments("a resolution named by its number is a reference, with the body that adopted it",
                        OPENING + "They called for UNSC Resolution 1701 and Security Council resolutions 1737 and 1747 to "
                                + "be carried out.", List.of("UNSC Resolution 1701", "Security Council resolutions 1737 and 1747")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theReferences(String rule, String statement, List<String> names) throws Exception {
        assertThat(read(statement).references()).extracting(Reference::name).containsExactlyElementsOf(names);
    }

    @Test
    void theNumberOfAnItemInAListOfInstrumentsIsNotInItsName() throws Exception {
        RoundRecord r = read(OPENING + "The ministers signed the following instruments:\n1- Convention for the Avoidance "
                + "of Double Taxation, which ends double taxation of income.\n2- Protocol for cooperation in fisheries "
                + "and aquaculture, to share research.\n");
        assertThat(r.references()).extracting(Reference::name)
                .contains("Convention for the Avoidance of Double Taxation", "Protocol for cooperation in fisheries and aquaculture");
    }
}
