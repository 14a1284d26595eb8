package org.communique.web;

import org.communique.model.NextRound;
import org.communique.model.Round;
import org.communique.model.RoundRecord;
import org.communique.model.Source;
import org.communique.store.AccountStore;
import org.communique.store.CorrectionStore.Correction;
import org.communique.store.RecordIndex;

import java.util.List;

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

    public record Choice(String value, String label) {}

    public record RoundPage(Page page, long id, String dialogue, String dialogueKey, String parties, Round round,
                            StatementText.Markup text, List<Delegation> delegations, List<ParticipantRow> mentioned,
                            List<ParticipantRow> participants, List<Track> tracks, List<TopicRow> topics, List<ActRow> acts,
                            List<CommitmentRow> commitments, NextRound next, List<ReferenceRow> references, Source source,
                            String fileName, String sourceUrl, List<Correction> history, List<String> statuses,
                            List<Choice> topicChoices, List<String> warnings, boolean mayCorrectAny, String notice) {}

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
}
