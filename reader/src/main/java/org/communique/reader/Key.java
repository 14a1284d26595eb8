package org.communique.reader;

/**
 * A typed name for one thing a stage adds to the {@link Doc}: a value ({@code doc.get(Keys.PEOPLE)}) or a layer
 * of spans. Stages declare the keys they need and add, so that {@link Reader} can check their order once.
 *
 * @param name what the key is called in messages
 * @param type the type of its value; {@link Span} for a layer
 */
public record Key<T>(String name, Class<T> type) {
    /** A layer of spans labelled {@code label} ({@code doc.layer(label)}). */
    static Key<Span> layer(String label) {
        return new Key<>(label, Span.class);
    }

    @Override
    public String toString() {
        return name;
    }
}
