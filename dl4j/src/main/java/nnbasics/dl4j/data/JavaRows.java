package nnbasics.dl4j.data;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A matrix's values as Java rows, read with one bulk copy of its buffer.
 *
 * <p>ND4J's own {@code toDoubleMatrix()} makes a view per row, and each view a native shape descriptor registered
 * with ND4J's deallocator: on the lock-step runner, which reads the training probabilities of both engines at every
 * step, that was two thirds of the time of DL4J's {@code output()} call (iris, 150 rows: 4 of the 11 s of a
 * 2,000-step {@code classify --hidden 8}). The values are the same bits: this only reads them.
 */
public final class JavaRows {

    private JavaRows() {
    }

    /**
     * @param matrix a rank-2 DOUBLE array, any order, a view or not (a view is copied first)
     * @return its values, [row][column]
     */
    public static double[][] of(INDArray matrix) {
        if (matrix.rank() != 2 || matrix.dataType() != DataType.DOUBLE) {
            throw new IllegalArgumentException("expected a rank-2 DOUBLE matrix, got rank " + matrix.rank() + " "
                    + matrix.dataType());
        }
        // a view's buffer is its parent's, with offsets of its own: read a copy (DL4J's outputs are not views)
        INDArray whole = matrix.isView() ? matrix.dup() : matrix;
        int rows = (int) whole.size(0);
        int columns = (int) whole.size(1);
        long[] stride = whole.stride();
        long offset = whole.offset();
        double[] buffer = whole.data().asDouble();                    // one copy of the whole buffer
        double[][] values = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < columns; k++) {
                values[i][k] = buffer[(int) (offset + i * stride[0] + k * stride[1])];  // element (i, k)
            }
        }
        return values;
    }
}
