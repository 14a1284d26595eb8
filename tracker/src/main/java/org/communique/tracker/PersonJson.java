package org.communique.tracker;


import java.util.List;

/** One person across rounds: every spelling seen, and each post held as observed at a round ({@code communique people --json}). */
public record PersonJson(long id, String name, List<String> variants, List<String> parties, List<Post> posts) {

    public record Post(String date, long round, String series, String title, String role, String party, String writtenAs) {}

    public static PersonJson of(Person p) {
        return new PersonJson(p.id(), p.name(), p.variants(), p.parties(), p.posts().stream()
                .map(x -> new Post(x.date(), x.roundId(), x.series(), x.title(), x.role(), x.party(), x.writtenAs())).toList());
    }
}
