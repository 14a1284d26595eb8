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
    private final Map<Key<?>, Object> values = new HashMap<>();
    private final java.util.Set<String> unsorted = new java.util.HashSet<>();
    private static final java.util.Comparator<Span> BY_START = java.util.Comparator.comparingInt(Span::start);
    private long deadline;
    /** {@link Keys#BODY} again: asked for every span a stage looks at ({@link #inBody}). */
    private Body body;

    public Doc(String text) {
        this.text = text;
        this.tokens = Tokens.of(text);
    }

    public String text() {
        return text;
    }

    public Tokens tokens() {
        return tokens;
    }

    /** Where the statement starts: the body's start once {@link Keys#BODY} is set, else the text's. */
    public int bodyStart() {
        return body == null ? 0 : body.start();
    }

    public int bodyEnd() {
        return body == null ? text.length() : body.end();
    }

    public boolean inBody(Span s) {
        return s.start() >= bodyStart() && s.end() <= bodyEnd();
    }

    public String cover(Span s) {
        return text.substring(s.start(), s.end());
    }

    public void add(Span span) {
        List<Span> layer = layers.computeIfAbsent(span.label(), k -> new ArrayList<>());
        if (!layer.isEmpty() && layer.get(layer.size() - 1).start() > span.start()) unsorted.add(span.label());
        layer.add(span);
    }

    /** The spans of one layer, in text order. */
    public List<Span> layer(String label) {
        List<Span> layer = layers.get(label);
        if (layer == null) return List.of();
        if (unsorted.remove(label)) layer.sort(BY_START);
        return layer;
    }

    /** The spans of a layer that lie inside {@code outer}: a binary search, so long texts stay linear. */
    public List<Span> within(String label, Span outer) {
        List<Span> layer = layer(label);
        int lo = 0;
        int hi = layer.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (layer.get(mid).start() < outer.start()) lo = mid + 1;
            else hi = mid;
        }
        List<Span> out = new ArrayList<>();
        for (int i = lo; i < layer.size() && layer.get(i).start() < outer.end(); i++) {
            if (outer.contains(layer.get(i))) out.add(layer.get(i));
        }
        return out;
    }

    /**
     * The evidence for a fact found at [from, to) in {@code sentence}: the sentence itself, or, in a sentence
     * longer than any real one (text without stops), a window around the fact, so quotes stay quotable.
     */
    public org.communique.model.Evidence evidence(Span sentence, int from, int to) {
        int start = sentence.start();
        int end = sentence.end();
        if (end - start > MAX_QUOTE) {
            start = Math.max(start, from - MAX_QUOTE / 2);
            end = Math.min(end, Math.max(to, start + MAX_QUOTE));
        }
        return new org.communique.model.Evidence(start, end, text.substring(start, end));
    }

    private static final int MAX_QUOTE = 1200;

    /** Stops a reading that has run past its time limit; stages call it in their long loops. */
    public void checkTime() {
        if (deadline != 0 && System.nanoTime() - deadline > 0) throw new TimeLimitExceeded();
    }

    void deadline(long nanoTime) {
        this.deadline = nanoTime;
    }

    static final class TimeLimitExceeded extends RuntimeException {
        TimeLimitExceeded() {
            super(null, null, false, false);
        }
    }

    /** Whether a span of layer {@code label} covers offset {@code at}. */
    public boolean covered(String label, int at) {
        for (Span d : layer(label)) if (d.start() <= at && at < d.end()) return true;
        return false;
    }

    /** Whether a word of {@code words} (lower case) stands in {@code span}. */
    public boolean anyWordIn(Span span, java.util.Set<String> words) {
        for (int i = tokens.indexAt(span.start()); i < tokens.size() && tokens.start(i) < span.end(); i++) {
            if (words.contains(tokens.lower(i))) return true;
        }
        return false;
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

    /** Sets what a stage found under its key, for the stages after it; null sets nothing. */
    public <T> void set(Key<T> key, T value) {
        if (value == null) return;
        values.put(key, key.type().cast(value));
        if (key == Keys.BODY) body = (Body) value;
    }

    /** Forgets what a failed stage may have half set. */
    void remove(Key<?> key) {
        values.remove(key);
        if (key == Keys.BODY) body = null;
        if (key.type() == Span.class) layers.remove(key.name());
    }

    /** What a stage before found under {@code key}, or null when it found nothing (or failed). */
    public <T> T get(Key<T> key) {
        return key.type().cast(values.get(key));
    }

    public void warn(String warning) {
        warnings.add(warning);
    }

    public List<String> warnings() {
        return warnings;
    }
}
