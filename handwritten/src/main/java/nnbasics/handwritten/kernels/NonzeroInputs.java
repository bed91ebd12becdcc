package nnbasics.handwritten.kernels;

/**
 * The nonzero inputs of each row of a batch to one layer, in increasing j, and where each band of j starts among
 * them. A zero input adds exactly 0 to every sum of the layer (z = a·W + b and ∂L/∂W = aᵀ·δ), and MNIST pixels and
 * ReLU outputs are mostly 0, so the layer's loops visit only these.
 *
 * <pre>
 * row i's nonzero inputs are (columns[i][p], values[i][p]) for p = from[i] … to[i] − 1, j = columns[i][p] increasing
 * band b = the inputs j in [b·BAND_ROWS, (b + 1)·BAND_ROWS): p = bandStarts[i][b] … bandStarts[i][b + 1] − 1
 * </pre>
 *
 * A row either refers to a data set's {@link SparseRows} (the first layer in training: nothing copied) or is
 * gathered from a dense row into this object's own buffers ({@link #gather}). Row i is written only by the chunk
 * that handles row i.
 */
final class NonzeroInputs {

    /** The width of a band of W's rows, the chunks of a batch's gradient (fixed: nothing depends on the threads). */
    static final int BAND_ROWS = 64;

    final int[][] columns;
    final double[][] values;
    final int[] from;
    final int[] to;
    final int[][] bandStarts;
    private final int width;
    private final int[][] ownColumns;
    private final double[][] ownValues;

    /**
     * @param batch the number of rows it can hold
     * @param width nIn, the layer's inputs
     */
    NonzeroInputs(int batch, int width) {
        this.width = width;
        columns = new int[batch][];
        values = new double[batch][];
        from = new int[batch];
        to = new int[batch];
        bandStarts = new int[batch][bands(width) + 1];
        ownColumns = new int[batch][];
        ownValues = new double[batch][];
    }

    /** @return how many bands of {@link #BAND_ROWS} inputs cover {@code width} inputs */
    static int bands(int width) {
        return (width + BAND_ROWS - 1) / BAND_ROWS;
    }

    /** Row i = the nonzero entries of {@code input[offset … offset + width − 1]}, copied into own buffers. */
    void gather(int i, double[] input, int offset) {
        if (ownColumns[i] == null) {
            ownColumns[i] = new int[width];
            ownValues[i] = new double[width];
        }
        int[] c = ownColumns[i];
        double[] v = ownValues[i];
        int count = 0;
        for (int j = 0; j < width; j++) {
            double aij = input[offset + j];
            c[count] = j;
            v[count] = aij;
            count += aij != 0 ? 1 : 0;                       // keep it only if nonzero (no branch to mispredict)
        }
        refer(i, c, v, 0, count);
    }

    /**
     * Row i = the nonzero entries of the dropped input x'_j = x_j · (1/p) where {@code kept[j]}, 0 where not
     * (inverted dropout, the readable {@code InvertedDropout.apply}: the same product, the same bits), from
     * {@code input[offset … offset + width − 1]}, copied into own buffers.
     *
     * @param kept  the row's mask, width entries
     * @param scale 1/p
     */
    void gatherDropped(int i, double[] input, int offset, boolean[] kept, double scale) {
        if (ownColumns[i] == null) {
            ownColumns[i] = new int[width];
            ownValues[i] = new double[width];
        }
        int[] c = ownColumns[i];
        double[] v = ownValues[i];
        int count = 0;
        for (int j = 0; j < width; j++) {
            double aij = kept[j] ? input[offset + j] * scale : 0.0;   // x' = x·(1/p) where kept, 0 where dropped
            c[count] = j;
            v[count] = aij;
            count += aij != 0 ? 1 : 0;
        }
        refer(i, c, v, 0, count);
    }

    /** Row i = the entries p = start … end − 1 of {@code columns} and {@code values} (j increasing, all nonzero). */
    void refer(int i, int[] columns, double[] values, int start, int end) {
        this.columns[i] = columns;
        this.values[i] = values;
        from[i] = start;
        to[i] = end;
        int[] starts = bandStarts[i];
        int p = start;
        for (int b = 0; b < starts.length; b++) {
            while (p < end && columns[p] < b * BAND_ROWS) {
                p++;
            }
            starts[b] = p;
        }
        starts[starts.length - 1] = end;
    }
}
