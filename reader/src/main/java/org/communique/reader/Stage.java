package org.communique.reader;

import java.util.Set;

/**
 * One step of the reading pipeline: it reads what earlier stages added to the doc and adds its own layer or
 * value, never editing theirs. {@link Reader} checks when it is built that every need is added by a stage
 * before, and skips the stages that need what a failed stage did not add.
 */
public interface Stage {
    /** What this stage reads. */
    Set<Key<?>> needs();

    /** What this stage adds. */
    Set<Key<?>> adds();

    void annotate(Doc doc);
}
