package org.communique.drafting;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.communique.testsupport.Console;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The briefing book of the sample series' 7th round, for the U.S. head, rendered to PDF and read back with PDFBox's
 * text extraction: page one, whole words, each promise once, sentences whole, ordinals, contents and page numbers.
 */
class BriefingBookTest {
    static final String NEW_DELIVERABLE = "launch a working group on critical minerals supply chains";
    static Briefing.Book book;
    static Briefing.Book kzBook;
    static byte[] pdf;
    static String stderr;
    static String text;
    static List<String> pages;

    @BeforeAll
    static void renderTheBook() throws IOException {
        Planning planning = SampleSeries.planning();
        Plan plan = planning.planNext("kz-us-espd", Actor.admin("ana"));
        long economic = plan.agenda().stream().filter(i -> i.track().equals("economic")).findFirst().orElseThrow().id();
        planning.addDeliverable(plan.id(), economic, List.of("KZ", "US"), NEW_DELIVERABLE, null, Actor.admin("ana"));
        Briefing briefing = new Briefing(SampleSeries.db());
        book = briefing.book(plan.id(), "US", Actor.admin("ana"));
        kzBook = briefing.book(plan.id(), "KZ", Actor.admin("ana"));

        // PDFBox logs through commons-logging to slf4j-simple, which writes to the System.err of the moment
        Console console = new Console();
        console.run(() -> {
            pdf = briefing.pdf(book);
            return 0;
        });
        stderr = console.err();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            text = stripper.getText(doc);
            pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
        }
    }

    static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) n++;
        return n;
    }

    @Test
    void rendersWithoutAWordOnStandardError() {
        assertThat(stderr).isEmpty();
    }

    @Test
    void pageOneHoldsTheRoundBothDelegationsAndThePromisesTable() {
        String one = flat(pages.get(0));
        assertThat(one).contains("Briefing book for Donald Lu: 7th ESPD", "Contents",
                "7th Enhanced Strategic Partnership Dialogue (ESPD)", "May 31, 2027 in Astana, hosted by Kazakhstan",
                "Head: Donald Lu, U.S. Assistant Secretary of State for South and Central Asian Affairs",
                "Head: Akan Rakhmetulin, First Deputy Minister of Foreign Affairs of Kazakhstan",
                "What was promised at the earlier rounds", "No. Made at By Promise Status",
                "widen its economic ties with Ukraine", "1 overdue", "fulfilled");
        assertThat(one.indexOf("The round")).isLessThan(one.indexOf("What was promised"));
    }

    @Test
    void eachPromiseAppearsOnceAndInTheTable() {
        String all = flat(text);
        assertThat(book.promises()).hasSizeGreaterThan(15);
        for (Briefing.Promise p : book.promises()) {
            String words = flat(p.text());
            long within = book.promises().stream().filter(o -> o != p && flat(o.text()).contains(words)).count();
            assertThat(count(all, words)).as(words).isEqualTo(1 + (int) within);
        }
        assertThat(count(all, NEW_DELIVERABLE)).isEqualTo(1);
        // under one agenda item each, even a promise of several topics
        List<Integer> carried = book.items().stream().flatMap(i -> i.promises().stream()).map(Briefing.Promise::number).toList();
        assertThat(carried).doesNotHaveDuplicates().isNotEmpty();
    }

    @Test
    void wordsComeBackWhole() {
        // every word of the PDF is a word of the same book in HTML: a word broken by bad spacing ("Or azov") is not
        String page = Entities.unescape(new Briefing(SampleSeries.db()).html(book)
                .replaceAll("</?(b|a|span)\\b[^>]*>", "").replaceAll("<[^>]+>", " ")); // inline tags join, block tags part
        Set<String> pdfWords = words(text);
        pdfWords.removeAll(words(page));
        pdfWords.remove("Page"); // the footer
        pdfWords.remove("\u2022"); // the bullets
        for (int i = 1; i <= pages.size(); i++) pdfWords.remove(String.valueOf(i)); // page numbers
        assertThat(pdfWords).isEmpty();
        assertThat(flat(text)).contains("Rakhmetulin", "Kazakhstan", "nonproliferation", "counterterrorism",
                "Kassym-Jomart Tokayev's", "Washington", "Assistant Secretary of State", "sovereignty");
    }

    static Set<String> words(String s) {
        return new HashSet<>(Arrays.asList(s.strip().split("\\s+")));
    }

    @Test
    void quotesAreWholeSentencesEachQuotedOnce() {
        List<String> quotes = new ArrayList<>();
        for (Briefing.ItemBrief i : book.items()) {
            for (Briefing.Past p : i.history()) if (p.quote() != null) quotes.add(p.quote());
            for (Briefing.Promise p : i.promises()) for (Briefing.Sign s : p.signs()) if (s.quote() != null) quotes.add(s.quote());
        }
        assertThat(quotes).hasSizeGreaterThan(5).doesNotHaveDuplicates()
                .allSatisfy(q -> assertThat(q).matches("[A-Z\"\u201c].*[.!?][\"\u201d')]*"));
        String all = flat(text);
        for (String q : quotes) assertThat(count(all, "\u201c" + q + "\u201d")).as(q).isEqualTo(1);
    }

    @Test
    void ordinalsAsPeopleWriteThem() {
        String all = flat(text);
        assertThat(all).contains("2nd ESPD", "3rd ESPD", "4th ESPD", "5th ESPD", "6th ESPD", "7th ESPD",
                "4th Strategic Partnership Dialogue");
        assertThat(Pattern.compile("\\b\\d+ (Strategic|Enhanced|ESPD)\\b").matcher(all).find()).isFalse();
    }

    @Test
    void theContentsGiveThePagesTheSectionsStartOn() {
        int total = pages.size();
        for (int i = 0; i < total; i++) assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + total);
        List<String> sections = new ArrayList<>(List.of("The round", "What was promised at the earlier rounds"));
        book.items().forEach(i -> sections.add(i.item().title()));
        sections.add("The counterpart delegation");
        for (String s : sections) {
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(s) + " (\\d+)$").matcher(pages.get(0));
            assertThat(m.find()).as("the contents list " + s).isTrue();
            int page = Integer.parseInt(m.group(1));
            assertThat(Pattern.compile("(?m)^" + Pattern.quote(s) + "$").matcher(pages.get(page - 1)).find())
                    .as(s + " starts on page " + page).isTrue();
        }
    }

    @Test
    void pointsToRaiseFollowFromTheOpenPromises() {
        List<String> points = book.items().stream().flatMap(i -> i.points().stream()).toList();
        Briefing.Promise kzOnly = book.promises().stream().filter(p -> p.actors().equals(List.of("KZ")) && p.status().equals("open")
                && book.items().stream().anyMatch(i -> i.promises().contains(p))).findFirst().orElseThrow();
        assertThat(points).anyMatch(s -> s.startsWith("Ask about promise " + kzOnly.number() + ", made at the "));
        assertThat(kzBook.items().stream().flatMap(i -> i.points().stream()))
                .anyMatch(s -> s.startsWith("Be ready to report on promise " + kzOnly.number() + ","));
        assertThat(points).anyMatch(s -> s.startsWith("Take stock together of promise ") && s.endsWith("no report of follow-through since."));
        assertThat(points).anyMatch(s -> s.contains("last sign: its topic came up again at the 6th ESPD (2024)"));
        assertThat(points).contains("Propose to agree: " + NEW_DELIVERABLE + " (both).");
    }

    @Test
    void theCounterpartsWithTheirRoundsAndPosts() {
        Briefing.Counterpart head = book.counterparts().get(0);
        assertThat(head.name()).isEqualTo("Akan Rakhmetulin");
        // also spelled Rakhmetullin in 2021, when he was a deputy minister, not yet the first deputy
        assertThat(head.rounds()).containsExactly("3rd ESPD, Nur-Sultan, December 15, 2021, head of delegation",
                "6th ESPD, Washington, May 31, 2024, head of delegation");
        assertThat(head.posts()).containsExactly("Deputy Minister of Foreign Affairs of Kazakhstan (2021)",
                "First Deputy Minister of Foreign Affairs of Kazakhstan (2024)");
        assertThat(flat(text)).contains("The counterpart delegation", "Posts on record: Deputy Minister of Foreign Affairs of Kazakhstan (2021)");
    }
}
