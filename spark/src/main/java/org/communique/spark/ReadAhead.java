package org.communique.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/** Iterators over a source read one item ahead, so that {@code hasNext()} knows whether there is another. */
final class ReadAhead {
    private ReadAhead() {}

    /** What {@code source} gives up to its first null: the first item is read now, each later one as the one before is taken. */
    static <T> Iterator<T> untilNull(Supplier<T> source) {
        return new Iterator<>() {
            T next = source.get();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public T next() {
                if (next == null) throw new NoSuchElementException();
                T item = next;
                next = source.get();
                return item;
            }
        };
    }
}
