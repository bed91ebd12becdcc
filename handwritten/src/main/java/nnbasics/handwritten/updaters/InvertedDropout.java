package nnbasics.handwritten.updaters;

/**
 * Inverted dropout with a mask it is given, as DL4J's {@code dropOut(p)} applies it to a layer's input while
 * training: p is the probability to keep; a kept unit is scaled by 1/p, so the expected input is unchanged and
 * nothing needs scaling at test time.
 *
 * <pre>
 * scale = 1/p                    rounded once
 * x'_ij = x_ij · scale           where the mask keeps (i, j)
 * x'_ij = 0                      where it drops
 * ∂L/∂x_ij = ∂L/∂x'_ij · scale or 0, the same mask
 * </pre>
 *
 * The mask comes from outside (a seed, a file, the other engine) so both engines drop the same units at the same
 * step.
 */
public final class InvertedDropout {

    private final double keep;
    private final double scale;

    /**
     * @param keep p, the probability to keep, in (0, 1]
     * @throws IllegalArgumentException otherwise
     */
    public InvertedDropout(double keep) {
        if (!(keep > 0 && keep <= 1)) {
            throw new IllegalArgumentException("the probability to keep must be in (0, 1], got " + keep);
        }
        this.keep = keep;
        this.scale = 1.0 / keep;                                       // 1/p
    }

    /** @return p, the probability to keep */
    public double keep() {
        return keep;
    }

    /**
     * @param input a batch, one row per example
     * @param kept  the mask, the same shape: true where the unit is kept
     * @return x', a new array: x·(1/p) where kept, 0 where dropped
     * @throws IllegalArgumentException if the shapes differ
     */
    public double[][] apply(double[][] input, boolean[][] kept) {
        checkShapes(input, kept);
        double[][] out = new double[input.length][];
        for (int i = 0; i < input.length; i++) {
            out[i] = new double[input[i].length];
            for (int j = 0; j < input[i].length; j++) {
                out[i][j] = kept[i][j] ? input[i][j] * scale : 0.0;    // x' = x·(1/p) or 0
            }
        }
        return out;
    }

    /**
     * @param gradientAtOutput ∂L/∂x'
     * @param kept             the mask {@link #apply} used
     * @return ∂L/∂x, a new array: ∂L/∂x'·(1/p) where kept, 0 where dropped
     */
    public double[][] backward(double[][] gradientAtOutput, boolean[][] kept) {
        return apply(gradientAtOutput, kept);                          // the same linear map: its own transpose
    }

    private static void checkShapes(double[][] input, boolean[][] kept) {
        if (input.length != kept.length) {
            throw new IllegalArgumentException("the mask has " + kept.length + " rows, the input " + input.length);
        }
        for (int i = 0; i < input.length; i++) {
            if (input[i].length != kept[i].length) {
                throw new IllegalArgumentException("mask row " + i + " has " + kept[i].length
                        + " entries, the input's " + input[i].length);
            }
        }
    }
}
