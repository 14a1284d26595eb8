package org.communique.eval;

/**
 * Micro-averaged counts for one field of EVALUATION.md, summed over a corpus.
 *
 * @param name        the field, as named in the EVALUATION.md table
 * @param tp          produced items that matched a gold item
 * @param produced    all produced items
 * @param matchedGold gold items that matched a produced item
 * @param gold        all gold items
 */
public record FieldScore(String name, int tp, int produced, int matchedGold, int gold) {

    /** Whether the field had anything to score; fields that did not are left out of the mean. */
    public boolean counted() {
        return produced > 0 || gold > 0;
    }

    /** Matched produced / produced; with nothing produced it is 1 only if nothing was wanted either. */
    public double precision() {
        if (produced == 0) return gold == 0 ? 1.0 : 0.0;
        return (double) tp / produced;
    }

    /** Matched gold / gold; with no gold it is 1 only if nothing was produced either. */
    public double recall() {
        if (gold == 0) return produced == 0 ? 1.0 : 0.0;
        return (double) matchedGold / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
