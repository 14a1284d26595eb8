package org.communique.web;

import org.communique.model.NextRound;
import org.communique.model.Records;
import org.communique.model.Round;
import org.communique.model.RoundRecord;
import org.communique.model.Source;
import org.communique.store.AccountStore;
import org.communique.store.CommitmentBoard;
import org.communique.store.CorrectionStore.Correction;
import org.communique.store.Paged;
import org.communique.store.RecordIndex;
import org.communique.store.RoundList;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** What each page template is given: plain values, computed before rendering. */
public final class Views {
    private Views() {}

    /** What every page knows: its title, who is looking, and the words in the search box. */
    public record Page(String title, Visitor visitor, String q, boolean privateReading, String here) {
        /** The sign-in page, coming back here afterwards. */
        public String signInUrl() {
            return here == null || here.equals("/") || here.startsWith("/sign-in") ? "/sign-in"
                    : "/sign-in?next=" + java.net.URLEncoder.encode(here, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    public record Home(Page page, List<SeriesViews.SeriesLine> dialogues, List<RecordIndex.RoundLine> recent, long rounds,
                       long openCommitments) {}

    public record ParticipantRow(String factId, String name, String title, String titleAsRead, Correction correction,
                                 String party, String role, Long personId, boolean mayCorrect) {}

    public record Delegation(String party, List<ParticipantRow> people) {}

    public record TopicRow(String factId, String code, String label, String track, String codeAsRead, Correction correction,
                           boolean mayCorrect) {}

    public record Track(String track, List<TopicRow> topics) {}

    public record ActRow(String factId, String actors, String verb, String kind, String topics, String quote) {}

    public record CommitmentRow(String factId, int position, String actors, String trigger, String text, String due,
                                String place, String status, Correction correction, boolean mayCorrect, String quote) {}

    public record ReferenceRow(String factId, String name, String kind) {}

    public record Choice(String value, String label) {
        static List<Choice> of(Map<String, String> labels) {
            return labels.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList();
        }

        static List<Choice> of(List<RecordIndex.Facet> facets) {
            return facets.stream().map(x -> new Choice(x.value(), x.label())).toList();
        }
    }

    /** Where a paged list is ({@code size} items to a page): links to the page before and after, null at either end. */
    public record Pager(int page, int pages, long total, int size, int onPage, String previous, String next) {
        static Pager of(Paged<?> p, int size, IntFunction<String> url) {
            return new Pager(p.page(), p.pages(), p.total(), size, p.items().size(), p.page() > 1 ? url.apply(p.page() - 1) : null,
                    p.page() < p.pages() ? url.apply(p.page() + 1) : null);
        }

        /** ", 51 to 100 shown" when there is more than one page, else nothing. */
        public String shown() {
            if (pages <= 1) return "";
            long from = (long) (page - 1) * size + 1;
            return ", " + from + " to " + (from + onPage - 1) + " shown";
        }
    }

    /** A status to show on the board, with how many commitments have it under the other filters. */
    public record StatusTab(String title, long count, String url, boolean selected) {}

    /** One commitment on the board, and one row of its exports. */
    public record BoardRow(long id, long roundId, int position, String seriesKey, String by, String commitment, String status,
                           String due, String topics, String madeAt, String madeOn, String followThrough, int signs) {
        /** "1 later sign", "3 later signs": the follow-through the tracker found, shown in full on the series page. */
        public String signsWords() {
            return Words.count(signs, "later sign");
        }

        /** The row as the exports write it: the columns of {@link CommitmentsPage#COLUMNS}, by name. */
        Map<String, Object> export() {
            return Records.toMap(new Export(id, by, commitment, status, due, topics, madeAt, madeOn, roundId, seriesKey,
                    followThrough, signs));
        }

        /** An exported row: its components are the columns, in their order (Records names them in snake_case). */
        record Export(long id, String by, String commitment, String status, String due, String topics, String madeAt,
                      String madeOn, long round, String series, String followThrough, int signs) {}
    }

    /** /commitments: one page of the board, its status tabs, its exports and the filters' choices. */
    public record Board(Page page, CommitmentBoard.Filter filter, List<BoardRow> rows, long total,
                        Pager pager, List<StatusTab> statuses, String csv, String json, List<Choice> statusChoices,
                        List<Choice> parties, List<Choice> series, List<Choice> dueYears, List<Choice> topics) {}

    /** /rounds: one page of the rounds a filter selects, with the filter's choices. */
    public record RoundsList(Page page, RoundList.Filter filter, Paged<RoundList.Line> rounds, Pager pager,
                             List<Choice> series, List<Choice> parties, List<Choice> years, List<Choice> topics) {
        public String dialogue(RoundList.Line r) {
            return Words.withParties(r.name(), r.parties());
        }
    }

    public record RoundPage(Page page, long id, String dialogue, String parties, Round round,
                            StatementText.Markup text, List<Delegation> delegations, List<ParticipantRow> mentioned,
                            List<ParticipantRow> participants, List<Track> tracks, List<TopicRow> topics, List<ActRow> acts,
                            List<CommitmentRow> commitments, NextRound next, List<ReferenceRow> references, Source source,
                            String fileName, String sourceUrl, List<Correction> history, List<String> statuses,
                            List<Choice> topicChoices, List<String> warnings, boolean mayCorrectAny, String notice,
                            Map<String, String> topicLabels, String seriesKey) {
        /** A topic's label for its code (a code the store does not know stays as it is). */
        public String topicLabel(String code) {
            return topicLabels.getOrDefault(code, code);
        }

        /** What a correction changed, as the corrections table names it. */
        public String corrected(Correction c) {
            return switch (c.fact()) {
                case "participant" -> "Title";
                case "topic" -> "Topic";
                case "commitment" -> "Commitment status";
                default -> c.fact() + " " + c.field();
            };
        }

        /** A value of a correction as people read it: a topic by its label, a removed topic as such. */
        public String shown(Correction c, String value) {
            if (value == null) return null;
            if (value.isEmpty()) return "(removed)";
            return "topic".equals(c.fact()) ? topicLabel(value) : value;
        }
    }

    public record People(Page page, List<RecordIndex.PersonLine> people) {}

    /** A person with one page of their rounds: {@code skipped} rounds come before it, {@code total} in all. */
    public record Person(Page page, RecordIndex.Person person, int pageNumber, int pages, int total, int skipped) {}

    /** A facet value as a link that adds (or, when selected, removes) it from the search. */
    public record FacetLink(String label, long count, String url, boolean selected) {}

    public record FacetGroup(String name, String title, List<FacetLink> links) {}

    public record Search(Page page, RecordIndex.Filter filter, RecordIndex.SearchResult result, List<FacetGroup> facets,
                         String exportQuery, List<Choice> parties, List<Choice> years, List<Choice> tracks,
                         List<Choice> topics, List<String> statuses) {}

    public record Import(Page page, String error, String text) {}

    public record Preview(String fileName, String sha256, Long knownRound, RoundRecord record, String refusal) {}

    public record ImportPreview(Page page, String pendingId, List<Preview> items, boolean anyToStore) {}

    public record Stored(String fileName, long roundId, boolean isNew) {}

    public record ImportDone(Page page, List<Stored> stored) {}

    public record SignIn(Page page, String next, String error, String name) {}

    public record Account(Page page, List<AccountStore.Token> tokens, String newToken) {}

    public record Users(Page page, List<AccountStore.User> users, String error, String notice) {}

    public record Error(Page page, int status, String title, String detail) {}

    /** /api/docs: {@code base} is where Swagger UI's files are served. */
    public record ApiDocs(Page page, String base) {}
}
