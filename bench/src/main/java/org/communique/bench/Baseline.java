package org.communique.bench;

import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Another tool run on the same statements as the reader, for a side-by-side figure. Implementations are
 * found with {@link ServiceLoader}; the CoreNLP one exists only in a build with {@code -Pcorenlp}.
 */
public interface Baseline {
    /** The name that {@code --baseline} takes. */
    String name();

    /** What it runs, in a few words, for the report. */
    String description();

    /** Processes one statement's decoded text; returns a count of what it found (so the work is not optimised away). */
    long process(String text);

    /** The baseline of that name on the class path; a provider listed but not loadable (a stale build) is passed over. */
    static Optional<Baseline> named(String name) {
        var it = ServiceLoader.load(Baseline.class).iterator();
        while (true) {
            try {
                if (!it.hasNext()) return Optional.empty();
                Baseline b = it.next();
                if (b.name().equalsIgnoreCase(name)) return Optional.of(b);
            } catch (ServiceConfigurationError | LinkageError e) {
                // e.g. the CoreNLP provider's service file left in target/ by a -Pcorenlp build, without CoreNLP
            }
        }
    }
}
