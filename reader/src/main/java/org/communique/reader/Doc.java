package org.communique.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One statement being read: its text, its tokens, and layers of spans that the stages add.
 * Nothing copies the text; every fact that leaves the reader points back into it.
 */
public final class Doc {
    private final String text;
    private final Tokens tokens;
    private final Map<String, List<Span>> layers = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, String> facts = new HashMap<>();
    private final Map<Class<?>, Object> results = new HashMap<>();
    int bodyStart;
    int bodyEnd;

    public Doc(String text) {
        this.text = text;
        this.tokens = Tokens.of(text);
        this.bodyStart = 0;
        this.bodyEnd = text.length();
    }

    public String text() {
        return text;
    }

    public Tokens tokens() {
        return tokens;
    }

    public int bodyStart() {
        return bodyStart;
    }

    public int bodyEnd() {
        return bodyEnd;
    }

    public boolean inBody(Span s) {
        return s.start() >= bodyStart && s.end() <= bodyEnd;
    }

    public String cover(Span s) {
        return text.substring(s.start(), s.end());
    }

    public void add(Span span) {
        layers.computeIfAbsent(span.label(), k -> new ArrayList<>()).add(span);
    }

    /** The spans of one layer in the order they were added (stages add them left to right). */
    public List<Span> layer(String label) {
        return layers.getOrDefault(label, List.of());
    }

    /** The spans of a layer that lie inside {@code outer}. */
    public List<Span> within(String label, Span outer) {
        List<Span> out = new ArrayList<>();
        for (Span s : layer(label)) {
            if (outer.contains(s)) out.add(s);
        }
        return out;
    }

    /** The sentence that holds offset {@code at}, or null. */
    public Span sentenceAt(int at) {
        List<Span> sentences = layer(Labels.SENTENCE);
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid);
            if (at < s.start()) hi = mid - 1;
            else if (at >= s.end()) lo = mid + 1;
            else return s;
        }
        return null;
    }

    /** Document-level findings (publisher, publication date, ...), set by one stage and read by later ones. */
    public void fact(String key, String value) {
        if (value != null) facts.put(key, value);
    }

    public String fact(String key) {
        return facts.get(key);
    }

    /** A stage's structured result (the people found, the dialogue) for the stages after it. */
    public <T> void put(Class<T> type, T value) {
        results.put(type, value);
    }

    public <T> T get(Class<T> type) {
        return type.cast(results.get(type));
    }

    public void warn(String warning) {
        warnings.add(warning);
    }

    public List<String> warnings() {
        return warnings;
    }
}
