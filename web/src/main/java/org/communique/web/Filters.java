package org.communique.web;

import io.javalin.http.Context;
import org.communique.store.CommitmentStatus;
import org.communique.store.Paged;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The query parameters of the list pages, checked: a value that cannot name anything is refused with one sentence
 * (400), and an empty one is no filter. A well-formed value that names nothing stored simply selects nothing.
 */
final class Filters {
    private static final Pattern PARTY = Pattern.compile("[A-Z]{2}");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern TOPIC = Pattern.compile("[a-z0-9][a-z0-9.-]{0,99}");
    private static final Pattern SERIES = Pattern.compile("[a-z0-9][a-z0-9+-]{0,99}");

    private Filters() {}

    private static String value(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** A party as its two-letter code (us and US alike). */
    static String party(Context ctx) {
        String v = value(ctx, "party");
        if (v == null) return null;
        String up = v.toUpperCase(Locale.ROOT);
        if (!PARTY.matcher(up).matches()) throw new Problem(400, "party is a two-letter code such as US or KZ, not '" + shorten(v) + "'");
        return up;
    }

    static String year(Context ctx, String name) {
        String v = value(ctx, name);
        if (v != null && !YEAR.matcher(v).matches()) throw new Problem(400, name + " is a year such as 2024, not '" + shorten(v) + "'");
        return v;
    }

    static String topic(Context ctx) {
        String v = value(ctx, "topic");
        if (v != null && !TOPIC.matcher(v).matches()) {
            throw new Problem(400, "topic is a topic's code such as security.border-security, not '" + shorten(v) + "'");
        }
        return v;
    }

    static String series(Context ctx) {
        String v = value(ctx, "series");
        if (v != null && !SERIES.matcher(v).matches()) throw new Problem(400, "series is a series key such as kz-us-espd, not '" + shorten(v) + "'");
        return v;
    }

    static String status(Context ctx) {
        String v = value(ctx, "status");
        if (v != null && !CommitmentStatus.VALUES.contains(v)) {
            throw new Problem(400, "status is one of " + String.join(", ", CommitmentStatus.VALUES) + ", not '" + shorten(v) + "'");
        }
        return v;
    }

    /** The page asked for, from 1; whether it exists is for the list to say, once it knows how many pages there are. */
    static int page(Context ctx) {
        String v = value(ctx, "page");
        if (v == null) return 1;
        if (!v.matches("[0-9]{1,9}") || Integer.parseInt(v) < 1) throw new Problem(400, "page is a number from 1, not '" + shorten(v) + "'");
        return Integer.parseInt(v);
    }

    /** The page of a list that was asked for; a page past the last is refused, saying how many there are. */
    static <T> Paged<T> checkPage(int page, Paged<T> list) {
        if (page > list.pages()) {
            throw new Problem(400, "there is no page " + page + " of this list: it has " + Words.count(list.pages(), "page"));
        }
        return list;
    }

    /** A value quoted back in a refusal, cut short: the sentence stays one sentence whatever was sent. */
    private static String shorten(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
}
