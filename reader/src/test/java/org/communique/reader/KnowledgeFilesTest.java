package org.communique.reader;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every knowledge file parses: its columns, its country codes, no entry twice, and every named list there. */
class KnowledgeFilesTest {
    private static final Path DIR = Corpora.root().resolve("reader/src/main/resources/org/communique/reader");

    private static Set<String> codes() {
        Set<String> codes = new HashSet<>();
        for (String[] r : Resources.rows("countries.tsv")) codes.add(r[0]);
        codes.add("EU");
        return codes;
    }

    @Test
    void everyFileHasItsColumnsAndNoEntryTwice() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".tsv") || p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path f : files) {
            String name = f.getFileName().toString();
            List<String[]> rows = Resources.rows(name);
            assertThat(rows).as(name).isNotEmpty();
            int columns = rows.get(0).length;
            Set<String> keys = new HashSet<>();
            for (String[] r : rows) {
                assertThat(r.length).as(name + ": " + String.join("\t", r)).isBetween(columns - 1, columns + 1);
                assertThat(r[0]).as(name).isNotBlank();
                // a key twice means one of its lines is never used
                if (!Set.of("titles.tsv", "mechanisms.tsv", "office-holders.tsv").contains(name)) {
                    assertThat(keys.add(r[0])).as(name + " has " + r[0] + " twice").isTrue();
                }
            }
        }
    }

    @Test
    void otherModulesAskForCountriesAndTopicsThroughOneKnowledge() {
        Knowledge k = Knowledge.get();
        assertThat(k.country("KZ")).hasValueSatisfying(c -> {
            assertThat(c.name()).isEqualTo("Kazakhstan");
            assertThat(c.demonym()).isEqualTo("Kazakh");
            assertThat(c.capital()).isEqualTo("Astana");
        });
        assertThat(k.country("XX")).isEmpty();
        assertThat(k.topics()).isNotEmpty().first().satisfies(t -> assertThat(k.topic(t.code())).hasValue(t));
        assertThat(k.topic("security.counterterrorism")).hasValueSatisfying(t -> {
            assertThat(t.track()).isEqualTo("political-security");
            assertThat(k.phrases(t.code())).contains("counterterrorism", "counter-terrorism");
        });
    }

    @Test
    void aBarInsideAValueIsWrittenEscaped() {
        assertThat(Resources.values("home \\||home >|-x")).containsExactly("home |", "home >", "-x");
        assertThat(Knowledge.get().pageWords.get("boilerplate-start")).contains("home |");
    }

    @Test
    void everyCountryCodeIsKnown() {
        Set<String> codes = codes();
        for (String[] r : Resources.rows("formats.tsv")) {
            assertThat(codes).as("formats.tsv " + r[0]).containsAll(Resources.values(r[1]));
            assertThat(r[2]).as("formats.tsv kind of " + r[0]).isIn("format", "group");
        }
        for (String[] r : Resources.rows("venues.tsv")) assertThat(codes).as("venues.tsv " + r[0]).contains(r[1]);
        for (String[] r : Resources.rows("countries.tsv")) assertThat(r[0]).matches("[A-Z]{2}");
        Set<String> leaders = new HashSet<>();
        for (String[] r : Resources.rows("office-holders.tsv")) {
            String line = "office-holders.tsv: " + String.join("\t", r);
            assertThat(codes).as(line).contains(r[0]);
            assertThat(r[1]).as(line).isIn("head-of-state", "head-of-government", "foreign-minister", "defence-minister");
            assertThat(r[3]).as(line).matches("(19|20)\\d\\d");
            assertThat(r[4]).as(line).matches("(19|20)\\d\\d|-");
            if (!r[4].equals("-")) assertThat(r[3].compareTo(r[4])).as(line).isLessThanOrEqualTo(0);
            assertThat(leaders.add(r[0] + " " + r[1] + " " + Resources.values(r[2]).get(0))).as(line + " twice").isTrue();
        }
    }

    @Test
    void everyListTheReaderAsksForIsThere() {
        Knowledge k = Knowledge.get();
        for (String list : List.of("restating", "importance", "practice", "reporting", "signing", "instrument", "provides", "fields")) {
            assertThat(k.commitmentCues.get(list)).as(list).isNotEmpty();
        }
        for (String list : List.of("heads", "strong-heads", "qualifiers", "lowercase-heads", "bodies", "not-in-name", "lowercase-stops", "after-lowercase-head")) {
            assertThat(k.dialogueWords.get(list)).as(list).isNotEmpty();
        }
        for (String list : List.of("virtual", "hybrid", "earlier")) assertThat(k.roundWords.get(list)).as(list).isNotEmpty();
        for (String list : List.of("situation", "discussion", "list-ends", "subject-leads", "subject-trails", "not-subjects", "generic", "ing-nouns")) {
            assertThat(k.topicWords.get(list)).as(list).isNotEmpty();
        }
        // a word of discussing that also ended a list would end every list it opens
        assertThat(k.topicWords.get("discussion")).doesNotContainAnyElementsOf(k.topicWords.get("list-ends"));
        assertThat(k.dialogueWords.get("strong-heads")).isSubsetOf(k.dialogueWords.get("heads"));
        // a text is searched for the virtual phrases only when it holds one of their key words: each has one
        for (String phrase : k.roundWords.get("virtual")) {
            assertThat(phrase.split("[^\\p{L}\\p{N}]+")).as(phrase).containsAnyElementsOf(k.roundWords.get("virtual-keys"));
        }
    }
}
