package nnbasics.dl4j.updaters;

import java.io.Serializable;

/**
 * Where dropout's masks come from: a pure function of an explicit seed, the step, the layer, the row and the column,
 * so that two engines (and a step started from another engine's state) drop the same units. The twin of
 * {@code nnbasics.handwritten.updaters.DropoutMasks}, the same arithmetic.
 *
 * <pre>
 * h = mix(mix(mix(mix(mix(seed) ^ step) ^ layer) ^ row) ^ column)     mix: SplitMix64's finaliser after + γ
 * u = (h &gt;&gt;&gt; 11) · 2⁻⁵³                                                 uniform in [0, 1)
 * kept  ⇔  u &lt; p                                                       p the probability to keep
 * </pre>
 *
 * @param seed the seed of every mask of a run
 */
public record DropoutMasks(long seed) implements Serializable {

    /** The seed both engines use unless told otherwise (the command line's {@code --dropout-seed}). */
    public static final long DEFAULT_SEED = 20_221_222L;

    /** The masks of {@link #DEFAULT_SEED}. */
    public static final DropoutMasks DEFAULT = new DropoutMasks(DEFAULT_SEED);

    /**
     * @param step    t, the updates taken before this one (DL4J's iteration count)
     * @param layer   the layer whose input is dropped, 0 at the input side
     * @param rows    the batch size
     * @param columns the layer's nIn
     * @param keep    p
     * @return kept[row][column]: true where u &lt; p
     */
    public boolean[][] kept(int step, int layer, int rows, int columns, double keep) {
        boolean[][] kept = new boolean[rows][columns];
        long base = mix(mix(mix(seed) ^ step) ^ layer);
        for (int i = 0; i < rows; i++) {
            long row = mix(base ^ i);
            for (int j = 0; j < columns; j++) {
                double u = (mix(row ^ j) >>> 11) * 0x1.0p-53;          // u = (h >>> 11) · 2⁻⁵³
                kept[i][j] = u < keep;                                  // kept ⇔ u < p
            }
        }
        return kept;
    }

    /** SplitMix64: z + γ, then its finaliser. */
    static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
