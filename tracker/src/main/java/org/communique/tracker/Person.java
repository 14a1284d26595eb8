package org.communique.tracker;

import java.util.List;

/** One person across rounds: the name shown, every spelling seen, and each post held as observed at a round. */
public record Person(long id, String name, List<String> variants, List<String> parties, List<Post> posts) {
    public Person {
        variants = List.copyOf(variants);
        parties = List.copyOf(parties);
        posts = List.copyOf(posts);
    }

    /** A title seen at a dated round ("Deputy Minister" in 2021, "First Deputy Minister" in 2022), and the name as written there. */
    public record Post(String date, long roundId, String series, String title, String role, String party, String writtenAs) {}
}
