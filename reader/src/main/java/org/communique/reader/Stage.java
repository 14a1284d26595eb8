package org.communique.reader;

import java.util.Set;

/**
 * One step of the reading pipeline: it reads what earlier stages added to the doc and adds its own layer or
 * value, never editing theirs. Each stage says at construction what it needs and what it adds; {@link Reader}
 * checks when it is built that every need is added by a stage before, and skips the stages that need what a
 * failed stage did not add.
 */
public abstract class Stage {
    private final Set<Key<?>> needs;
    private final Set<Key<?>> adds;

    protected Stage(Set<Key<?>> needs, Set<Key<?>> adds) {
        this.needs = Set.copyOf(needs);
        this.adds = Set.copyOf(adds);
    }

    /** What this stage reads. */
    public final Set<Key<?>> needs() {
        return needs;
    }

    /** What this stage adds. */
    public final Set<Key<?>> adds() {
        return adds;
    }

    public abstract void annotate(Doc doc);
}
